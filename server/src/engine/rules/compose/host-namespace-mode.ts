import { defineRule } from '../../define';
import { literalValue } from '../../compose/interpolation';
import { stringValue } from '../../compose/yaml-nodes';

type MessageId = 'hostNamespace';

const WHAT: Record<string, string> = {
  network_mode: 'network stack: it can bind any host port and reach services listening only on localhost',
  pid: 'process table: it can see, signal and trace every process on the host',
  ipc: 'shared memory and semaphores: it can read and corrupt other processes\' IPC',
  userns_mode: 'user namespace: root in the container is root on the host even where user remapping is on',
  cgroup: 'cgroup namespace: it sees and can reach the host\'s whole cgroup tree',
  uts: 'host name and domain: changing them changes the host\'s',
};

export default defineRule<MessageId>({
  id: 'host-namespace-mode',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    hostNamespace: '`{{key}}: host` shares the host\'s {{what}}.',
  },
  docs: {
    summary: 'Flags services that share a host namespace: `network_mode`, `pid`, `ipc`, `userns_mode`, `cgroup` or `uts` set to `host`.',
    why:
      'Namespaces are what separates a container from the host. Each `host` setting removes one wall: the host network ' +
      'exposes every local-only service and port, the host PID namespace lets the container see and signal every host ' +
      'process, host IPC shares memory segments, and the host user namespace turns off user remapping. A few system ' +
      'agents need one of them; an application does not.',
    bad: ['services:\n  app:\n    image: nginx:1.27\n    network_mode: host\n    pid: host\n'],
    good: ['services:\n  app:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n'],
    references: ['https://docs.docker.com/reference/compose-file/services/#network_mode', 'https://docs.docker.com/reference/compose-file/services/#pid'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      for (const key of Object.keys(WHAT)) {
        const entry = service.get(key);
        const text = stringValue(compose.deref(entry?.value));
        if (!entry || text === undefined || literalValue(text) !== 'host' || seen.has(entry.valueSpan.start)) continue;
        seen.add(entry.valueSpan.start);
        report({ messageId: 'hostNamespace', data: { key, what: WHAT[key] }, span: entry.valueSpan });
      }
    }
  },
});
