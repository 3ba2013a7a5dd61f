import { defineRule } from '../../define';
import { literalValue } from '../../compose/interpolation';
import { stringValue } from '../../compose/yaml-nodes';

type MessageId = 'duplicate';

export default defineRule<MessageId>({
  id: 'duplicate-container-name',
  language: 'compose',
  aliases: ['no-duplicate-container-names'],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    duplicate: '`{{service}}` uses the container name `{{name}}`, which `{{first}}` already uses: the second container cannot be created.',
  },
  docs: {
    summary: 'Flags two services with the same `container_name`.',
    why:
      'Docker container names are unique on a host. When two services ask for the same `container_name`, the second ' +
      'container cannot be created and `docker compose up` fails half-way, with part of the project running. A ' +
      '`container_name` copied along with a service block is the usual cause.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    container_name: web\n  admin:\n    image: nginx:1.27\n    container_name: web\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    container_name: api\n  admin:\n    image: nginx:1.27\n    container_name: admin\n'],
    references: ['https://docs.docker.com/reference/compose-file/services/#container_name'],
  },
  check({ compose, report }) {
    const first = new Map<string, string>();
    for (const service of compose.services) {
      const entry = service.get('container_name');
      const text = stringValue(compose.deref(entry?.value));
      const name = text === undefined ? undefined : literalValue(text);
      if (!entry || name === undefined) continue;
      const owner = first.get(name);
      if (owner === undefined) first.set(name, service.name);
      else report({ messageId: 'duplicate', data: { service: service.name, name, first: owner }, span: entry.valueSpan });
    }
  },
});
