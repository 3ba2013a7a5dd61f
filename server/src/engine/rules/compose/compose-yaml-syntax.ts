import { defineRule } from '../../define';
import type { Span } from '../../model';

type MessageId = 'syntax';

export default defineRule<MessageId>({
  id: 'compose-yaml-syntax',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    syntax: '{{detail}}: Compose cannot read the file until this is fixed.',
  },
  docs: {
    summary: 'Reports YAML syntax errors in a Compose file, where the parser stopped understanding it.',
    why:
      'A Compose file that is not valid YAML is refused as a whole: no service starts. The usual causes are indentation that ' +
      'mixes levels, a tab used for indentation, an unclosed quote or bracket, and a `key: value` line inside a flow ' +
      'collection. Until the YAML parses, Shipshape cannot check the Compose structure either, so schema problems wait.',
    bad: ['services:\n  api:\n    image: "nginx:1.27\n', 'services:\n  api:\n    ports: [8080:80\n'],
    good: ['services:\n  api:\n    image: "nginx:1.27"\n    ports: ["8080:80"]\n'],
    differences:
      'Duplicate keys are reported by `duplicate-compose-key` and two `<<` merge keys by `repeated-merge-key`, each with a ' +
      'clearer message. Warnings of the YAML parser (an unknown tag, for instance) are not reported.',
    references: ['https://yaml.org/spec/1.2.2/'],
  },
  check({ compose, report }) {
    for (const problem of compose.problems) {
      if (problem.level !== 'error') continue;
      report({ messageId: 'syntax', data: { detail: problem.message.replace(/[.:]\s*$/, '') }, span: visible(problem.span, compose.text) });
    }
  },
});

/**
 * The parser marks some errors at a point, or just past the end of the text (an unclosed quote): a span on one
 * visible character keeps the squiggle where the parser stopped.
 */
function visible(span: Span, text: string): Span {
  const end = Math.min(span.end, text.length);
  const start = Math.min(span.start, end);
  if (end > start) return { start, end };
  if (start < text.length && text[start] !== '\n' && text[start] !== '\r') return { start, end: start + 1 };
  let at = start;
  while (at > 0 && (at >= text.length || /\s/.test(text[at]))) at--;
  return at < text.length ? { start: at, end: at + 1 } : { start, end };
}
