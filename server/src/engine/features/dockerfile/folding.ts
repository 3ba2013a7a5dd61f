/** Folding in a Dockerfile: stages, instructions that span lines (continuations, heredocs), heredoc bodies and comment blocks. */
import type { Span } from '../../model';
import type { DockerfileModel } from '../../parse/dockerfile';
import type { FoldingEntry } from '../types';
import { heredocOccurrences } from './heredocs';

export function dockerfileFolding(model: DockerfileModel): FoldingEntry[] {
  const entries: FoldingEntry[] = [];
  for (const stage of model.stages) {
    entries.push({ span: { start: stage.from.span.start, end: stage.instructions[stage.instructions.length - 1].span.end } });
  }
  for (const instruction of model.instructions) entries.push({ span: instruction.span });
  // A heredoc folds from its `<<EOF` to its closing line (the second heredoc of an instruction included).
  const heredocs = heredocOccurrences(model);
  for (const closing of heredocs.filter((o) => o.role === 'use')) {
    const marker = heredocs.find((o) => o.symbol === closing.symbol && o.role === 'declaration');
    if (marker) entries.push({ span: { start: marker.span.start, end: closing.span.end } });
  }
  entries.push(...commentBlocks(model).map((span) => ({ span, kind: 'comment' as const })));
  // One fold per pair of lines (`RUN <<EOF` folds as an instruction and as a heredoc over the same lines).
  const seen = new Set<string>();
  return entries
    .sort((a, b) => a.span.start - b.span.start)
    .filter((entry) => {
      const key = `${model.lines.positionAt(entry.span.start).line}-${model.lines.positionAt(entry.span.end).line}`;
      return !seen.has(key) && !!seen.add(key);
    });
}

/** Runs of comments on consecutive lines. */
function commentBlocks(model: DockerfileModel): Span[] {
  const blocks: Span[] = [];
  let current: Span | undefined;
  let lastLine = -2;
  for (const comment of model.comments) {
    const line = model.lines.positionAt(comment.span.start).line;
    if (current && line === lastLine + 1) current.end = comment.span.end;
    else blocks.push((current = { ...comment.span }));
    lastLine = line;
  }
  return blocks;
}
