/**
 * Fixes are withheld where the parsers' reading of the text is in doubt:
 * - a Dockerfile instruction whose end dockerfile-ast and BuildKit see on different lines (`disputed` in
 *   parse/dockerfile.ts). An edit there builds on words BuildKit does not read, and can make dockerfile-ast split the
 *   file differently, so the fix may well make the file worse;
 * - a whole Compose file with a YAML syntax error: the structure after the error is the parser's guess at recovery
 *   (a key may sit inside an unclosed `[`), so an edit placed by that structure can land anywhere, and an edit before
 *   it can change what the error does to the rest (removing `version:` above a stray `-` turned the document into a
 *   sequence). Duplicate keys do not count: they leave the structure intact, and some fixes are there to remove them;
 * - a Compose file from its first lone CR (a line break in YAML 1.2 and to Compose, a blank to the yaml package):
 *   lines added after it would join the line before it.
 */
import type { Edit, Span } from '../model';
import type { ParsedDocument } from '../document';
import type { YamlProblem } from '../compose/model';

/**
 * The disputed stretches of a document, merged where they touch and in order: a file of thousands of such
 * instructions can have a finding with a fix on each.
 */
export function disputedSpansOf(document: ParsedDocument): Span[] {
  if (document.compose) return composeDisputedSpans(document.compose.problems, document.text);
  const merged: Span[] = [];
  for (const instruction of document.dockerfile?.instructions ?? []) {
    const span = instruction.disputed;
    if (!span) continue;
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function composeDisputedSpans(problems: readonly YamlProblem[], text: string): Span[] {
  if (problems.some((p) => p.level === 'error' && p.code !== 'DUPLICATE_KEY')) return [WHOLE_DOCUMENT];
  const loneCr = LONE_CR.exec(text);
  return loneCr ? [{ start: loneCr.index, end: text.length }] : [];
}

const LONE_CR = /\r(?!\n)/;

/** Covers every edit, an insertion at the very start included. */
const WHOLE_DOCUMENT: Span = { start: -1, end: Infinity };

/** An edit changes disputed text; a line inserted just before a disputed instruction does not. */
export function editsDisputedText(edits: readonly Edit[], disputed: readonly Span[]): boolean {
  return disputed.length > 0 && edits.some((edit) => {
    const span = disputed[lastStartingBefore(disputed, edit.span.end)];
    return span !== undefined && edit.span.end > span.start && edit.span.start <= span.end;
  });
}

/** Index of the last span starting before `offset` (-1 when none); the spans are in order and disjoint. */
function lastStartingBefore(spans: readonly Span[], offset: number): number {
  let low = -1;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid].start < offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
