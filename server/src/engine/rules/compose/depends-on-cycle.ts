import { defineRule } from '../../define';
import type { ComposeReference } from '../../compose/references';

type MessageId = 'cycle';

/** The references that make one service start after another (Compose turns the others into implicit `depends_on`). */
const ORDERING = new Set(['depends_on', 'links', 'volumes_from', 'network_mode', 'ipc', 'pid']);

export default defineRule<MessageId>({
  id: 'depends-on-cycle',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    cycle: '`{{from}}` → `{{to}}` closes a dependency cycle ({{members}}): Compose cannot tell which to start first, and `docker compose up` fails.',
  },
  docs: {
    summary: 'Flags services that depend on each other in a circle.',
    why:
      'Compose starts a service after the services it depends on: through `depends_on`, and implicitly through `links`, ' +
      '`volumes_from` and `network_mode`/`ipc`/`pid: service:…`. When the dependencies go round in a circle there is no ' +
      'first service, and `docker compose up` stops with "dependency cycle detected". Usually one side should only reach ' +
      'the other over the network, which needs no `depends_on`.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    depends_on: [worker]\n  worker:\n    image: busybox:1.36\n    depends_on: [api]\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    depends_on: [worker]\n  worker:\n    image: busybox:1.36\n'],
    references: ['https://docs.docker.com/compose/how-tos/startup-order/'],
  },
  check({ compose, report }) {
    const edges = new Map<string, ComposeReference[]>();
    for (const ref of compose.references) {
      if (ref.kind !== 'service' || !ORDERING.has(ref.via) || !compose.service(ref.name)) continue;
      const list = edges.get(ref.from);
      if (list) list.push(ref);
      else edges.set(ref.from, [ref]);
    }
    const component = stronglyConnected(compose.services.map((s) => s.name), (name) => (edges.get(name) ?? []).map((r) => r.name));
    const members = new Map<number, string[]>();
    for (const service of compose.services) {
      const id = component.get(service.name)!;
      const list = members.get(id);
      if (list) list.push(service.name);
      else members.set(id, [service.name]);
    }
    const seen = new Set<string>();
    for (const [from, refs] of edges) {
      for (const ref of refs) {
        const id = component.get(from);
        if (id === undefined || id !== component.get(ref.name)) continue;
        const names = members.get(id)!;
        if (names.length === 1 && ref.name !== from) continue;
        const key = `${ref.span.start}:${ref.span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const shown = names.slice(0, 6).map((n) => `\`${n}\``).join(', ') + (names.length > 6 ? `, and ${names.length - 6} more` : '');
        report({ messageId: 'cycle', data: { from, to: ref.name, members: shown }, span: ref.span });
      }
    }
  },
});

/** Tarjan's strongly connected components, iterative (a long `depends_on` chain must not overflow the stack). */
function stronglyConnected(nodes: readonly string[], next: (node: string) => string[]): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; targets: string[]; i: number }[] = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: next(node), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.targets.length) {
        const target = frame.targets[frame.i++];
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== frame.node);
        components++;
      }
    }
  }
  return component;
}
