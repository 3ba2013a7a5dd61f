/**
 * Where the cursor is in a Dockerfile, read from the text around it: the line being typed is usually incomplete, so
 * the AST cannot say which instruction, flag or word the cursor is in. The model still tells where heredoc bodies
 * are (they are never completed) and which escape character joins lines.
 */
import type { Span } from '../../model';
import type { DockerfileModel } from '../../parse/dockerfile';
import { removeContinuations } from '../../parse/dockerfile';
import { splitWords } from '../../parse/variables';

export interface CursorWord {
  /** As written, quotes and escapes included, continuations removed. */
  text: string;
  span: Span;
}

export interface InstructionCursor {
  kind: 'instruction';
  /** The instruction's words; `words[0]` is the keyword as typed (of the trigger, inside `ONBUILD`). */
  words: CursorWord[];
  /** Index in `words` of the word under the cursor (an empty word when the cursor is in whitespace). */
  index: number;
  /** The part of the current word before the cursor. */
  prefix: string;
  offset: number;
  /** The cursor is in the instruction an `ONBUILD` wraps. */
  onbuild: boolean;
  /** Offset where the instruction's first line starts. */
  start: number;
  /** Source offset of the `i`th character of the current word. */
  sourceOf(i: number): number;
  /** Inside single quotes (no variable is expanded there). */
  inSingleQuotes: boolean;
}

export interface DirectiveCursor {
  kind: 'directive';
  /** The line typed so far (`# syn`). */
  before: string;
  /** Directive names already written above. */
  present: Set<string>;
}

export type Cursor = InstructionCursor | DirectiveCursor;

const DIRECTIVE_LINE = /^\s*#\s*([A-Za-z]+)\s*=/;

/** The cursor's context, or undefined in comments and heredoc bodies. */
export function cursorAt(text: string, model: DockerfileModel | undefined, offset: number): Cursor | undefined {
  const escapeChar = model?.escapeChar ?? '\\';
  if (model && inHeredocBody(text, model, offset)) return undefined;
  const lineStart = startOfLine(text, offset);
  const before = text.slice(lineStart, offset);
  if (/^\s*#/.test(before)) return directiveCursor(text.slice(0, lineStart), before);
  const start = instructionStart(text, lineStart, escapeChar);
  const end = instructionEnd(text, offset, escapeChar);
  const joined = removeContinuations(text.slice(start, end), escapeChar);
  const at = removeContinuations(text.slice(start, offset), escapeChar).text.length;
  const toSource = (i: number) => start + joined.toSource(i);
  let words = splitWords(joined.text, escapeChar);
  let index = words.findIndex((w) => w.start <= at && at <= w.end);
  if (index < 0) {
    index = words.filter((w) => w.end < at).length;
    words.splice(index, 0, { text: '', start: at, end: at });
  }
  let onbuild = false;
  if (index > 0 && words[0].text.toUpperCase() === 'ONBUILD') {
    words = words.slice(1);
    index--;
    onbuild = true;
  }
  const current = words[index];
  return {
    kind: 'instruction',
    words: words.map((w) => ({ text: w.text, span: { start: toSource(w.start), end: w.end > w.start ? toSource(w.end - 1) + 1 : toSource(w.start) } })),
    index,
    prefix: current.text.slice(0, at - current.start),
    offset,
    onbuild,
    start,
    // Never past the cursor: inside a dropped continuation (`\` + line break, a comment line after it) the joined
    // text's next character maps to the end of that sequence.
    sourceOf: (i) => Math.min(toSource(current.start + i), offset),
    inSingleQuotes: quoteAt(joined.text, at, escapeChar) === "'",
  };
}

/** On a comment line: completing a directive when only directives are above it, else nothing. */
function directiveCursor(above: string, before: string): DirectiveCursor | undefined {
  const present = new Set<string>();
  for (const line of above.split('\n').slice(0, -1)) {
    const name = DIRECTIVE_LINE.exec(line)?.[1];
    if (!name) return undefined; // a comment, blank line or instruction above: directives are over
    present.add(name.toLowerCase());
  }
  return { kind: 'directive', before, present };
}

/** After the line of a heredoc marker and up to the end of its closing delimiter (or of the file). */
function inHeredocBody(text: string, model: DockerfileModel, offset: number): boolean {
  for (const instruction of model.instructions) {
    const target = instruction.trigger ?? instruction;
    if (target.heredocs.length === 0) continue;
    const lastMarker = target.heredocs[target.heredocs.length - 1].markerSpan;
    const newline = text.indexOf('\n', lastMarker.end);
    if (newline < 0) continue;
    const unterminated = target.heredocs.some((h) => !h.terminated);
    if (offset > newline && offset <= (unterminated ? text.length : instruction.span.end)) return true;
  }
  return false;
}

function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n') i--;
  return i;
}

function endOfLine(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

const continues = (line: string, escapeChar: string) => line.replace(/\s+$/, '').endsWith(escapeChar);
const skippable = (line: string) => /^\s*(#|$)/.test(line);

/** Start of the first line of the instruction whose line starts at `lineStart` (following continuations back). */
function instructionStart(text: string, lineStart: number, escapeChar: string): number {
  let start = lineStart;
  let probe = lineStart;
  while (probe > 0) {
    const previous = startOfLine(text, probe - 1);
    const line = text.slice(previous, probe - 1);
    probe = previous;
    if (skippable(line)) continue; // comment and blank lines inside a continuation are dropped
    if (!continues(line, escapeChar)) break;
    start = previous;
  }
  return start;
}

/** End of the instruction's last line, following continuations from the cursor's line. */
function instructionEnd(text: string, offset: number, escapeChar: string): number {
  let end = endOfLine(text, offset);
  let line = text.slice(startOfLine(text, offset), end);
  while (continues(line, escapeChar) && end < text.length) {
    let next = end + 1;
    let nextEnd = endOfLine(text, next);
    while (skippable(text.slice(next, nextEnd)) && nextEnd < text.length) {
      next = nextEnd + 1;
      nextEnd = endOfLine(text, next);
    }
    end = nextEnd;
    line = text.slice(next, nextEnd);
  }
  return end;
}


function quoteAt(text: string, at: number, escapeChar: string): string | undefined {
  let quote: string | undefined;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (ch === escapeChar && quote !== "'") i++;
    else if (ch === "'" || ch === '"') quote = quote === ch ? undefined : (quote ?? ch);
  }
  return quote;
}
