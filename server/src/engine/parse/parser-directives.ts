/**
 * The parser directives BuildKit honours, read from the text as BuildKit reads them. dockerfile-ast's own list differs:
 * it takes any `#name=value` line of the first comment block for one, and whether it goes on after a line can hang
 * on that line's trailing blanks.
 */
import type { Span } from '../model';

/** `# name=value`: BuildKit's grammar of a directive line (leading blanks and a byte-order mark aside), value not empty. */
const DIRECTIVE_LINE = /^[ \t\ufeff]*#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*\S/;

/** Any other name makes the line a comment. */
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/**
 * The lines (without their line breaks) of the directives the file starts with. BuildKit stops looking at the first
 * line that is not a known directive: after `#x=1` (an unknown name, so a comment), `#syntax=…` is a comment too.
 */
export function parserDirectiveLines(text: string): Span[] {
  const lines: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length + 1 : newline + 1;
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline < 0 ? text.length : newline;
    const name = DIRECTIVE_LINE.exec(text.slice(start, end))?.[1];
    if (!name || !KNOWN_DIRECTIVES.has(name.toLowerCase())) break;
    lines.push({ start, end });
    start = next;
  }
  return lines;
}
