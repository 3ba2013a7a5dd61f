/**
 * The entries of a Compose file as lines see them: every `key: value` pair and every `- item`, from where it starts
 * on its line to the end of its value. A comment line above an entry applies to the entry starting on the next
 * line; a finding inside an entry can be silenced above that entry's first line.
 */
import { isPair, isScalar, visit, type Node, type Pair } from 'yaml';
import type { Span } from '../model';
import type { ComposeModel } from '../parse/compose';

export function composeEntries(model: ComposeModel): Span[] {
  const entries: Span[] = [];
  visit(model.document, {
    Pair(_, pair) {
      const span = pairSpan(pair as Pair<Node | null, Node | null>);
      if (span) entries.push(span);
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        const range = (item as Node | null)?.range;
        if (range) entries.push({ start: itemStart(model.text, range[0]), end: range[1] });
      }
    },
  });
  return entries.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Lines inside block scalars and multi-line quoted strings: a `#` there is text, not a comment. */
export function composeTextRanges(model: ComposeModel): Span[] {
  const ranges: Span[] = [];
  visit(model.document, {
    Scalar(_, scalar) {
      const range = scalar.range;
      if (range && isScalar(scalar) && model.text.slice(range[0], range[1]).includes('\n')) ranges.push({ start: range[0], end: range[1] });
    },
  });
  return ranges;
}

function pairSpan(pair: Pair<Node | null, Node | null>): Span | undefined {
  if (!isPair(pair)) return undefined;
  const start = pair.key?.range?.[0];
  if (start === undefined) return undefined;
  const end = pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? start;
  return { start, end };
}

/** A sequence item's node starts after `- `; the entry starts at the dash. */
function itemStart(text: string, nodeStart: number): number {
  let i = nodeStart;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return text[i - 1] === '-' ? i - 1 : nodeStart;
}
