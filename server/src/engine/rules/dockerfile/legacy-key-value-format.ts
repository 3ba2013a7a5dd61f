import { defineRule, type FixSpec } from '../../define';
import type { Edit } from '../../model';
import { insert, replace } from '../../fix/edits';
import { keyValuePairsOf, type KeyValuePair } from '../../parse/variables';

type MessageId = 'legacy' | 'useEquals';

export default defineRule<MessageId>({
  id: 'legacy-key-value-format',
  language: 'dockerfile',
  aliases: ['LegacyKeyValueFormat'],
  category: 'maintainability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    legacy: '`{{keyword}} {{key}} …` uses the legacy space-separated form, where everything after the name is one value; write `{{keyword}} {{key}}=…`.',
    useEquals: 'Change to `{{key}}=…`',
  },
  docs: {
    summary: 'Flags `ENV key value` and `LABEL key value` written without `=`.',
    why:
      'In the legacy form the whole rest of the line becomes one value, so `ENV PATH /app/bin FOO=bar` sets PATH to ' +
      '`/app/bin FOO=bar` instead of setting two variables. The `key=value` form can set several variables on one line, ' +
      'reads unambiguously, and is the only form the Dockerfile reference still recommends.',
    bad: ['FROM alpine:3.20\nENV NODE_ENV production', 'FROM alpine:3.20\nLABEL description A small image'],
    good: ['FROM alpine:3.20\nENV NODE_ENV=production', 'FROM alpine:3.20\nLABEL description="A small image"'],
    fixSafety:
      'Safe: a one-word value only gets the `=`; a value of several words is also wrapped in double quotes, which keeps ' +
      'its spaces and variable expansion exactly as before. Values that already mix quotes or escapes get no fix.',
    references: ['https://docs.docker.com/reference/build-checks/legacy-key-value-format/'],
  },
  check({ dockerfile, report }) {
    const text = dockerfile.text;
    for (const instruction of dockerfile.instructions) {
      const target = instruction.trigger ?? instruction;
      if (target.keyword !== 'ENV' && target.keyword !== 'LABEL') continue;
      const list = keyValuePairsOf(target, text, dockerfile.escapeChar);
      const pair = list.pairs[0];
      if (!list.legacy || !pair?.valueSpan || pair.value === undefined) continue;
      const edits = toKeyValue(pair, pair.value, dockerfile.escapeChar);
      const fixes: FixSpec<MessageId>[] = edits ? [{ messageId: 'useEquals', data: { key: pair.key }, safety: 'safe', edits }] : [];
      report({ messageId: 'legacy', data: { keyword: target.rawKeyword, key: pair.key }, span: pair.keySpan, fixes });
    }
  },
});

/** `key value` → `key=value`; several plain words are quoted. Undefined when quoting could change the value. */
function toKeyValue(pair: KeyValuePair, value: string, escapeChar: string): Edit[] | undefined {
  const gap = { start: pair.keySpan.end, end: pair.valueSpan!.start };
  if (!/\s/.test(value.replace(/"[^"]*"|'[^']*'/g, 'x')) && isBalanced(value, escapeChar)) return [replace(gap, '=')];
  if (/["'`]/.test(value) || value.includes(escapeChar)) return undefined;
  return [replace(gap, '="'), insert(pair.valueSpan!.end, '"')];
}

/** Quotes close and no escape character is involved, so the word reads the same after `=`. */
function isBalanced(value: string, escapeChar: string): boolean {
  return !value.includes(escapeChar) && !/["']/.test(value.replace(/"[^"]*"|'[^']*'/g, ''));
}
