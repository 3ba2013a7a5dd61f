import { defineRule } from '../../define';

type MessageId = 'conflict';

export default defineRule<MessageId>({
  id: 'network-mode-with-networks',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    conflict: '`{{service}}` sets both `network_mode` and `networks`: Compose refuses a service with both. Keep one.',
  },
  docs: {
    summary: 'Flags a service that sets both `network_mode` and `networks`.',
    why:
      '`network_mode` puts the container into an existing network stack (the host\'s, another container\'s, or none), ' +
      'while `networks` attaches it to project networks. The two exclude each other, and `docker compose up` stops with ' +
      '"mutually exclusive" before starting anything.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    network_mode: host\n    networks: [front]\nnetworks:\n  front:\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    networks: [front]\nnetworks:\n  front:\n'],
    references: ['https://docs.docker.com/reference/compose-file/services/#network_mode'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const networks = service.get('networks');
      if (!service.get('network_mode') || !networks || seen.has(networks.keySpan.start)) continue;
      seen.add(networks.keySpan.start);
      report({ messageId: 'conflict', data: { service: service.name }, span: networks.keySpan });
    }
  },
});
