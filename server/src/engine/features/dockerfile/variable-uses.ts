/**
 * Finds `$NAME` and `${NAME…}` in instruction text, as the Dockerfile frontend and the shell expand them: not inside
 * single quotes, not after an escape, not on comment lines inside a continuation. Inside `${NAME:-default}` the
 * default is scanned too, so nested uses are found. Only the name's characters are returned.
 */
import type { Span } from '../../model';

export interface ScanOptions {
  escapeChar: string;
  /** Single quotes stop expansion (instruction text, shell scripts); not in a file written by a COPY heredoc. */
  quotes: boolean;
  /** Lines starting with `#` are comments (not in a file written by a COPY heredoc). */
  comments: boolean;
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

export function variableUsesIn(text: string, start: number, end: number, options: ScanOptions): { name: string; span: Span }[] {
  const uses: { name: string; span: Span }[] = [];
  let inDouble = false;
  let lineStart = start === 0 || text[start - 1] === '\n';
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (lineStart && options.comments) {
      let j = i;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '#') {
        const newline = text.indexOf('\n', j);
        i = newline < 0 ? end : newline;
        continue;
      }
    }
    lineStart = ch === '\n';
    if (ch === '\\' || ch === options.escapeChar) {
      i++; // the escaped character, or the newline of a continuation
      lineStart = text[i] === '\n';
      continue;
    }
    if (options.quotes && ch === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      i = close < 0 || close >= end ? end : close;
      continue;
    }
    if (options.quotes && ch === '"') inDouble = !inDouble;
    if (ch !== '$') continue;
    const nameStart = text[i + 1] === '{' ? i + 2 : i + 1;
    NAME.lastIndex = nameStart;
    const match = NAME.exec(text);
    if (!match || nameStart + match[0].length > end) continue;
    uses.push({ name: match[0], span: { start: nameStart, end: nameStart + match[0].length } });
    i = nameStart + match[0].length - 1;
  }
  return uses;
}
