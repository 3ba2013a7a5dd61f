import { isScalar, isSeq } from 'yaml';
import { defineRule } from '../../define';
import { replace } from '../../fix/edits';
import { spanOf } from '../../compose/yaml-nodes';

type MessageId = 'sexagesimal' | 'unquoted' | 'quote';

/** What YAML 1.1 reads as a base-60 integer (`22:22` is 1342). */
const BASE_60 = /^[1-9][0-9_]*(?::[0-5]?[0-9])+$/;

export default defineRule<MessageId>({
  id: 'unquoted-port-mapping',
  language: 'compose',
  aliases: ['require-quotes-in-ports'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    sexagesimal: 'YAML 1.1 parsers read the unquoted `{{value}}` as the base-60 number {{number}}, not a port mapping. Quote it.',
    unquoted: 'Quote the port mapping `{{value}}`: unquoted `HOST:CONTAINER` pairs are read as numbers by YAML 1.1 parsers when the container port is below 60.',
    quote: 'Quote `{{value}}`',
  },
  docs: {
    summary: 'Flags unquoted port mappings that YAML 1.1 reads as numbers (`22:22`); with `quoteAll`, every unquoted mapping.',
    why:
      'YAML 1.1, which older Compose versions and many tools still use, reads digits separated by colons as a base-60 ' +
      'number when every part after the first is below 60: `22:22` becomes 1342 and the service publishes the wrong ' +
      'port, or the file is refused. Quoting every mapping removes the trap, and keeps the list consistent when someone ' +
      'adds `53:53` next to `8080:80`.',
    bad: ['services:\n  git:\n    image: gitea/gitea:1.22\n    ports:\n      - 22:22\n'],
    good: ['services:\n  git:\n    image: gitea/gitea:1.22\n    ports:\n      - "22:22"\n      - 3000\n      - 8080:80\n'],
    fixSafety: 'Safe: the quoted text is the same string to Compose; only the port entry is touched.',
    differences:
      'By default only mappings that YAML 1.1 misreads are flagged (every part after the first below 60). The option ' +
      '`quoteAll: true` flags every unquoted mapping with a colon, like dclint\'s `require-quotes-in-ports`, which also ' +
      'wants single port numbers and `expose` entries quoted.',
    references: ['https://docs.docker.com/reference/compose-file/services/#ports', 'https://yaml.org/type/int.html'],
  },
  check({ compose, options, report }) {
    const quoteAll = options.quoteAll === true;
    const seen = new Set<number>();
    for (const service of compose.services) {
      const list = service.get('ports')?.value;
      if (!isSeq(list)) continue;
      for (const written of list.items) {
        const item = compose.deref(written);
        if (!isScalar(item) || item.type !== 'PLAIN' || typeof item.value !== 'string' || !item.value.includes(':')) continue;
        const span = spanOf(item)!;
        const value = item.value;
        if (seen.has(span.start) || compose.text.slice(span.start, span.end) !== value || /["\\]/.test(value)) continue;
        seen.add(span.start);
        const base60 = BASE_60.test(value);
        if (!base60 && !quoteAll) continue;
        report({
          messageId: base60 ? 'sexagesimal' : 'unquoted',
          data: { value, number: base60 ? sexagesimal(value) : '' },
          span,
          fixes: [{ messageId: 'quote', data: { value }, safety: 'safe', edits: [replace(span, `"${value}"`)] }],
        });
      }
    }
  },
});

function sexagesimal(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part.replace(/_/g, '')), 0);
}
