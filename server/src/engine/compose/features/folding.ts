/** Folding in a Compose file: every key or list item whose value spans lines, and blocks of comment lines. */
import { isCollection, visit, type Node } from 'yaml';
import type { Span } from '../../model';
import type { FoldingEntry } from '../../features/types';
import type { ComposeModel } from '../model';
import { spanOf } from '../yaml-nodes';

export function composeFolding(model: ComposeModel): FoldingEntry[] {
  const entries: FoldingEntry[] = [];
  const blockScalars: Span[] = [];
  visit(model.document, {
    Pair(_, pair) {
      const key = spanOf(pair.key as Node);
      const value = spanOf(pair.value as Node);
      if (key && value) entries.push({ span: { start: key.start, end: trimmedEnd(model.text, value) } });
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        const span = isCollection(item) ? spanOf(item) : undefined;
        if (span) entries.push({ span: { start: span.start, end: trimmedEnd(model.text, span) } });
      }
    },
    Scalar(_, scalar) {
      if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') blockScalars.push(spanOf(scalar)!);
    },
  });
  entries.push(...commentBlocks(model.text, blockScalars).map((span) => ({ span, kind: 'comment' as const })));
  return entries.sort((a, b) => a.span.start - b.span.start);
}

/** A block collection's range runs to the start of the next line: end the fold on its last character. */
function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Runs of consecutive lines holding only a comment, outside block scalars (where `#` is text). */
function commentBlocks(text: string, blockScalars: Span[]): Span[] {
  const blocks: Span[] = [];
  let current: Span | undefined;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const hash = start + (/^[ \t]*/.exec(text.slice(start, end))?.[0].length ?? 0);
    const isComment = text[hash] === '#' && !blockScalars.some((s) => hash >= s.start && hash < s.end);
    if (isComment && current) current.end = end;
    else if (isComment) blocks.push((current = { start: hash, end }));
    else current = undefined;
    if (newline < 0) break;
    start = newline + 1;
  }
  return blocks;
}
