/**
 * Fixes are withheld where the parsers disagree on what the text is: an instruction whose end dockerfile-ast and
 * BuildKit see on different lines (`disputed` in parse/dockerfile.ts). An edit there builds on words BuildKit does not
 * read, and can make dockerfile-ast split the file differently, so the fix may well make the file worse.
 */
import type { Edit, Span } from '../model';
import type { ParsedDocument } from '../document';

/**
 * The disputed stretches of a document, merged where they touch and in order (none for Compose files): a file of
 * thousands of such instructions can have a finding with a fix on each.
 */
export function disputedSpansOf(document: ParsedDocument): Span[] {
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
