import { isMap, type Node, type Pair } from 'yaml';
import { defineRule } from '../../define';
import { isMergeKey } from '../../compose/merge';
import { keyText, spanOf } from '../../compose/yaml-nodes';

type MessageId = 'outOfOrder';

/** Keys grouped by what they are about, in the order a reader wants them; keys in no group follow, alphabetically. */
const GROUPS: readonly (readonly string[])[] = [
  ['image', 'build', 'container_name'],
  ['depends_on'],
  ['volumes', 'volumes_from', 'configs', 'secrets'],
  ['environment', 'env_file'],
  ['ports', 'networks', 'network_mode', 'extra_hosts'],
  ['command', 'entrypoint', 'working_dir', 'restart', 'healthcheck'],
  ['logging', 'labels'],
  ['user', 'isolation'],
];
const RANK = new Map(GROUPS.flat().map((key, i) => [key, i]));
/** The rank of keys in no group. */
const OTHER = RANK.size;

export default defineRule<MessageId>({
  id: 'unordered-service-keys',
  language: 'compose',
  aliases: ['service-keys-order'],
  category: 'style',
  severity: 'info',
  enabledByDefault: false,
  fixable: 'never',
  messages: {
    outOfOrder: '`{{key}}` should come before `{{after}}`: keys go image and build first, then dependencies, storage, environment, networking, runtime, metadata and user.',
  },
  docs: {
    summary: 'Asks for a service\'s keys in a fixed order (opt-in style).',
    why:
      'When every service lists its keys in the same order, readers find the image, the ports or the volumes of any ' +
      'service at a glance, and reviews show real changes instead of moved lines. The order: `image`, `build`, ' +
      '`container_name`; `depends_on`; `volumes`, `volumes_from`, `configs`, `secrets`; `environment`, `env_file`; ' +
      '`ports`, `networks`, `network_mode`, `extra_hosts`; `command`, `entrypoint`, `working_dir`, `restart`, ' +
      '`healthcheck`; `logging`, `labels`; `user`, `isolation`; then any other key alphabetically.',
    bad: ['services:\n  api:\n    ports: ["8080:80"]\n    image: nginx:1.27\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    restart: unless-stopped\n'],
    differences: 'Only the keys written in the service count: keys merged in with `<<` are not placed anywhere.',
  },
  check({ compose, report }) {
    for (const service of compose.services) {
      const map = service.entry.written;
      if (!isMap(map)) continue;
      let last: { key: string; rank: number } | undefined;
      for (const pair of map.items as Pair[]) {
        const key = keyText(pair.key);
        if (key === undefined || isMergeKey(pair)) continue;
        const rank = RANK.get(key) ?? OTHER;
        const outOfOrder = last && (rank < last.rank || (rank === OTHER && last.rank === OTHER && key.localeCompare(last.key) < 0));
        if (outOfOrder) report({ messageId: 'outOfOrder', data: { key, after: last!.key }, span: spanOf(pair.key as Node)! });
        else last = { key, rank };
      }
    }
  },
});
