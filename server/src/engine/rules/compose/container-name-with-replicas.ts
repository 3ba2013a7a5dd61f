import { isScalar, type Node } from 'yaml';
import { defineRule } from '../../define';
import { literalValue } from '../../compose/interpolation';

type MessageId = 'fixedName';

export default defineRule<MessageId>({
  id: 'container-name-with-replicas',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    fixedName: '`{{service}}` asks for {{count}} containers (`{{key}}`) but gives them one `container_name`: container names are unique, so Compose refuses it.',
  },
  docs: {
    summary: 'Flags `container_name` on a service that runs more than one replica.',
    why:
      'Every container needs its own name. With `container_name` set, Compose cannot name the second replica of the ' +
      'service and stops with an error as soon as `scale` or `deploy.replicas` asks for more than one. Drop ' +
      '`container_name`: Compose then names replicas `<project>-<service>-<n>`, and other services reach them by the ' +
      'service name anyway.',
    bad: ['services:\n  worker:\n    image: busybox:1.36\n    container_name: worker\n    deploy:\n      replicas: 3\n'],
    good: ['services:\n  worker:\n    image: busybox:1.36\n    deploy:\n      replicas: 3\n', 'services:\n  worker:\n    image: busybox:1.36\n    container_name: worker\n    scale: 1\n'],
    references: ['https://docs.docker.com/reference/compose-file/services/#container_name'],
  },
  check({ compose, report }) {
    for (const service of compose.services) {
      const name = service.get('container_name');
      if (!name) continue;
      const replicas = compose.resolve(service.get('deploy')?.value)?.get('replicas');
      for (const [key, entry] of [['scale', service.get('scale')], ['deploy.replicas', replicas]] as const) {
        const count = countOf(compose.deref(entry?.value));
        if (count !== undefined && count > 1) {
          report({ messageId: 'fixedName', data: { service: service.name, count, key }, span: name.keySpan });
          break;
        }
      }
    }
  },
});

function countOf(node: Node | undefined): number | undefined {
  if (!isScalar(node)) return undefined;
  const text = literalValue(String(node.value));
  return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}
