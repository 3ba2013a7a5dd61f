/**
 * Where dockerfile-ast and BuildKit disagree on the end of an instruction (or, in one case, on its words). BuildKit continues a line whose last
 * character before blanks is the escape character, unless that one is escaped itself (`a\\` ends the instruction).
 * dockerfile-ast continues after `a\\` too, and after an escape followed by blanks it skips a character, so it misses
 * the final escape of `a \ \` and ends the instruction there. Where they disagree, the words at the instruction's end
 * are not the words BuildKit builds from, and an edit there can change how dockerfile-ast splits the file.
 *
 * Lines are split as BuildKit splits them, at `\n` (a `\r` before it belongs to the line break).
 */
import type { Span } from '../model';

/**
 * The text that belongs to the instruction in one reading or the other (from its start to the later end), or
 * undefined when both end on the same line. `span` is dockerfile-ast's; `lastMarker` is the last here-document marker:
 * the bodies after it are no continuation lines, so there the instruction line ends with the marker's line.
 */
export function disputedSpan(span: Span, lastMarker: Span | undefined, text: string, escapeChar: string): Span | undefined {
  const astEnd = lastMarker ? lineAt(text, lastMarker.end).end : lastContentLineEnd(text, span);
  const buildkitEnd = buildkitLineEnd(text, span.start, escapeChar, astEnd);
  if (buildkitEnd === astEnd && !dropsBlankSeparator(text, span.start, astEnd, escapeChar)) return undefined;
  return { start: span.start, end: Math.max(span.end, buildkitEnd) };
}

/**
 * A continuation line of only blanks and the escape, with a blank or comment line near it: BuildKit keeps its blanks,
 * while dockerfile-ast drops them. That matters when they are all that separates two words (`a=1\` ` \` `` `b=2` is
 * two pairs for BuildKit, `a=1b=2` for dockerfile-ast); the instruction then ends on the same line in both readings,
 * but not with the same words. (Indented lines, as in `set -eux; \` `\t\` `# comment` `\tcmd`, do not.)
 *
 * The lines between two lines with words are a stretch; it separates them this way when it holds a line of blanks and
 * the escape and at least one blank or comment line (what makes dockerfile-ast drop the blanks), the line before ends
 * in a word and its escape, and the line after starts with a word. One pass: the last stretch may run past `end`.
 */
function dropsBlankSeparator(text: string, start: number, end: number, escapeChar: string): boolean {
  let previous: string | undefined;
  let blanksLine = false;
  let skipped = 0;
  for (let line = lineAt(text, start); ; line = lineAt(text, line.next)) {
    const content = text.slice(line.start, line.end);
    if (isBlankOrComment(content)) skipped++;
    else if (isBlanksAndEscape(content, escapeChar)) blanksLine = true;
    else if (withoutTrailingBlanks(content) !== escapeChar) {
      if (blanksLine && skipped > 0 && previous !== undefined && endsInWordAndEscape(previous, escapeChar) && !/^[ \t]/.test(content)) return true;
      previous = content;
      blanksLine = false;
      skipped = 0;
    }
    if (line.next >= text.length || (line.next >= end && !blanksLine)) return false;
  }
}

function isBlanksAndEscape(line: string, escapeChar: string): boolean {
  const trimmed = withoutTrailingBlanks(line);
  return trimmed.endsWith(escapeChar) && /^[ \t]+$/.test(trimmed.slice(0, -1));
}

function endsInWordAndEscape(line: string, escapeChar: string): boolean {
  const trimmed = withoutTrailingBlanks(line);
  return trimmed.length >= 2 && trimmed.endsWith(escapeChar) && !/[ \t]$/.test(trimmed.slice(0, -1));
}

/**
 * The end of the last line BuildKit joins into the instruction starting at `start` (before its line break). Comment
 * and blank lines inside the continuation are skipped; a continuation that runs into the end of the file ends with its
 * last line that has content. Past dockerfile-ast's end this looks one line with content ahead, not further: that
 * line starts another instruction of dockerfile-ast's, which is disputed itself when BuildKit goes on after it (and so
 * a long chain of such lines costs linear time).
 */
function buildkitLineEnd(text: string, start: number, escapeChar: string, astEnd: number): number {
  let line = lineAt(text, start);
  while (continues(text.slice(line.start, line.end), escapeChar)) {
    const contentEnd = line.end;
    do {
      if (line.next >= text.length) return contentEnd;
      line = lineAt(text, line.next);
    } while (isBlankOrComment(text.slice(line.start, line.end)));
    if (line.start > astEnd) break;
  }
  return line.end;
}

/** The end of the instruction's last line that has content: dockerfile-ast's span also takes blank and comment lines after it. */
function lastContentLineEnd(text: string, span: Span): number {
  let line = lineAt(text, span.start);
  let end = line.end;
  while (line.next < span.end) {
    line = lineAt(text, line.next);
    if (!isBlankOrComment(text.slice(line.start, line.end))) end = line.end;
  }
  return end;
}

/** BuildKit's test: the line's last character before blanks is the escape, and the one before that is not. */
function continues(line: string, escapeChar: string): boolean {
  const trimmed = withoutTrailingBlanks(line);
  return trimmed.endsWith(escapeChar) && trimmed[trimmed.length - 2] !== escapeChar;
}

/** A loop, not `/[ \t]+$/`: that regex is quadratic on a long run of blanks followed by anything else. */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

const isBlankOrComment = (line: string) => /^\s*(#|$)/.test(line);

/** The line holding `offset`, from `offset` on: where its text ends (before `\r\n` or `\n`) and where the next one starts. */
function lineAt(text: string, offset: number): { start: number; end: number; next: number } {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return { start: offset, end: text.length, next: text.length };
  return { start: offset, end: newline > offset && text[newline - 1] === '\r' ? newline - 1 : newline, next: newline + 1 };
}
