/** Small builders for minimal text edits that respect the file's line endings and indentation. */
import type { Edit, Span } from '../model';

export const replace = (span: Span, text: string): Edit => ({ span, text });
export const insert = (offset: number, text: string): Edit => ({ span: { start: offset, end: offset }, text });
export const remove = (span: Span): Edit => ({ span, text: '' });

let lastText: string | undefined;
let lastEol = '\n';

export function eolOf(text: string): string {
  // Rules ask once per fix, and a large file may get thousands: remember the answer for the last text.
  if (text !== lastText) {
    lastText = text;
    lastEol = text.includes('\r\n') ? '\r\n' : '\n';
  }
  return lastEol;
}

export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  // A byte order mark belongs to the file, not to its first line: a line inserted there would start with it.
  return i === 0 && offset > 0 && text.charCodeAt(0) === 0xfeff ? 1 : i;
}

/** Offset just after the line break that ends the line containing `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return i < text.length ? i + 1 : i;
}

/** The whole lines a span covers, line breaks included. */
export function fullLines(text: string, span: Span): Span {
  return { start: lineStartAt(text, span.start), end: nextLineStart(text, Math.max(span.start, span.end - 1)) };
}

export function indentationAt(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  return /^[ \t]*/.exec(text.slice(start, start + 200))![0];
}

/**
 * Inserts whole lines at a line start, adding the line break the last line of a file may lack. At the end of a file
 * whose last line holds only blanks, the lines go before those blanks: the YAML parser counts them into the next
 * line's key, and over 1,024 of them make any key too long.
 */
export function insertLines(text: string, lineStart: number, lines: string[], indent = ''): Edit {
  const eol = eolOf(text);
  const body = lines.map((l) => indent + l + eol).join('');
  const at = lineStart === text.length ? startOfTrailingBlanks(text) : lineStart;
  const needsBreak = at === text.length && text.length > 0 && !text.endsWith('\n') && !text.endsWith('\r');
  return insert(at, needsBreak ? eol + body : body);
}

/** Where a last line of only spaces and tabs starts; the end of the text when there is none. */
function startOfTrailingBlanks(text: string): number {
  const start = lineStartAt(text, text.length);
  return start < text.length && /^[ \t]+$/.test(text.slice(start)) ? start : text.length;
}

/** A JSON array in the Dockerfile's usual spacing: `["node", "server.js"]`. */
export function execArray(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}
