/** Heredoc delimiters as occurrences: the name in `<<EOF` (or `<<-"EOF"`) declares, the closing `EOF` line uses. */
import type { Span } from '../../model';
import type { DockerfileModel } from '../../parse/dockerfile';
import type { Occurrence } from './occurrences';

export function heredocOccurrences(model: DockerfileModel): Occurrence[] {
  const { text } = model;
  const found: Occurrence[] = [];
  for (const instruction of model.instructions) {
    let searchFrom = lineEnd(text, instruction.heredocs[0]?.markerSpan.end ?? 0);
    instruction.heredocs.forEach((heredoc, index) => {
      const marker = text.slice(heredoc.markerSpan.start, heredoc.markerSpan.end);
      const at = marker.indexOf(heredoc.name);
      if (!heredoc.name || at < 0) return;
      const symbol = `heredoc:${instruction.span.start}:${index}`;
      const declaration = { start: heredoc.markerSpan.start + at, end: heredoc.markerSpan.start + at + heredoc.name.length };
      found.push({ kind: 'heredoc', symbol, span: declaration, role: 'declaration', definition: declaration });
      if (!heredoc.terminated) return;
      const closing = closingLine(text, Math.max(searchFrom, heredoc.bodySpan?.end ?? 0), instruction.span.end, heredoc.name);
      if (!closing) return;
      found.push({ kind: 'heredoc', symbol, span: closing, role: 'use', definition: declaration });
      searchFrom = lineEnd(text, closing.end);
    });
  }
  return found;
}

const lineEnd = (text: string, offset: number) => {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline;
};

/** The first line at or after `from` (up to `end`) that holds only `name`, leading tabs allowed (`<<-`). */
function closingLine(text: string, from: number, end: number, name: string): Span | undefined {
  let start = text.lastIndexOf('\n', from - 1) + 1;
  while (start <= end) {
    const stop = lineEnd(text, start);
    const line = text.slice(start, stop).replace(/\r$/, '');
    const indent = line.length - line.replace(/^\t+/, '').length;
    if (line.slice(indent) === name) return { start: start + indent, end: start + indent + name.length };
    start = stop + 1;
  }
  return undefined;
}
