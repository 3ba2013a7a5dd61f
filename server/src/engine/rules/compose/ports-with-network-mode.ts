import { defineRule } from '../../define';
import { literalValue } from '../../compose/interpolation';
import { stringValue } from '../../compose/yaml-nodes';

type MessageId = 'discarded' | 'refused';

export default defineRule<MessageId>({
  id: 'ports-with-network-mode',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'warning',
  fixable: 'never',
  messages: {
    discarded: 'With `network_mode: {{mode}}` the published `ports` are discarded: {{why}}.',
    refused: 'With `network_mode: {{mode}}` the container shares another container\'s network, and Docker refuses to publish `ports` for it: publish them on that container.',
  },
  docs: {
    summary: 'Flags `ports` on a service whose `network_mode` makes publishing impossible or pointless.',
    why:
      'Ports are published on the container\'s own network namespace. With `network_mode: host` the container already ' +
      'listens on the host\'s interfaces, so Docker discards the mappings (a mapping to another host port silently does ' +
      'nothing); with `none` there is nothing to publish; with `service:…` or `container:…` the namespace belongs to ' +
      'another container and Docker refuses to create the container.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    network_mode: host\n    ports:\n      - "8080:80"\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    network_mode: host\n', 'services:\n  api:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n'],
    references: ['https://docs.docker.com/engine/network/drivers/host/'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const ports = service.get('ports');
      const text = stringValue(compose.deref(service.get('network_mode')?.value));
      const mode = text === undefined ? undefined : literalValue(text);
      if (!ports || mode === undefined || seen.has(ports.keySpan.start)) continue;
      seen.add(ports.keySpan.start);
      if (mode === 'host') report({ messageId: 'discarded', data: { mode, why: 'the container already listens on the host\'s interfaces, on the ports it opens itself' }, span: ports.keySpan });
      else if (mode === 'none') report({ messageId: 'discarded', data: { mode, why: 'the container has no network to reach' }, span: ports.keySpan });
      else if (/^(service|container):/.test(mode)) report({ messageId: 'refused', data: { mode }, span: ports.keySpan });
    }
  },
});
