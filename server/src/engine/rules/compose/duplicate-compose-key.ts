import { isMap, visit, type Node, type Pair } from 'yaml';
import { defineRule } from '../../define';
import { isMergeKey } from '../../compose/merge';
import { keyText, spanOf } from '../../compose/yaml-nodes';

type MessageId = 'duplicateKey';

export default defineRule<MessageId>({
  id: 'duplicate-compose-key',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    duplicateKey: 'The key `{{key}}` is already set on line {{line}}: Compose refuses a mapping with a repeated key.',
  },
  docs: {
    summary: 'Flags a key written twice in the same mapping.',
    why:
      'YAML forbids a repeated key in one mapping, and Compose refuses the file. Other YAML tools silently keep the last ' +
      'value, so a file can look fine in one tool and fail in another; usually one of the two blocks was meant for another ' +
      'service, or an edit left a stale copy behind.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    ports: ["8443:443"]\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    ports: ["8080:80", "8443:443"]\n'],
    differences: 'Two `<<` merge keys are reported by `repeated-merge-key`, which can merge them into one.',
  },
  check({ compose, report }) {
    visit(compose.document, {
      Map(_, map) {
        if (!isMap(map)) return;
        const first = new Map<string, Pair>();
        for (const pair of map.items as Pair[]) {
          const key = keyText(pair.key);
          if (key === undefined || isMergeKey(pair)) continue;
          const earlier = first.get(key);
          const span = spanOf(pair.key as Node);
          if (!earlier) first.set(key, pair);
          else if (span) {
            const line = compose.lines.positionAt(spanOf(earlier.key as Node)!.start).line + 1;
            report({ messageId: 'duplicateKey', data: { key, line }, span });
          }
        }
      },
    });
  },
});
