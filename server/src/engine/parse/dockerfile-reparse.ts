/**
 * Re-parsing an edited Dockerfile without re-parsing all of it. dockerfile-ast reads left to right and every
 * instruction starts from a clean state, so the instructions before an edit parse as before, and an instruction
 * after it whose text is unchanged and that still starts where it started (moved by the edit's length) parses as
 * before too. Only a window from the instruction holding the edit to the first instruction wholly after it goes
 * through dockerfile-ast again; that last one must come out unchanged, which proves the edit did not swallow it (an
 * added continuation, an unterminated here-document). When that cannot be shown within a few instructions, or the
 * edit touches the parser directives, the caller parses the whole text.
 *
 * On a 5,000-line Dockerfile this turns a keystroke from a whole-file parse into a parse of a few lines plus moving
 * the other instructions' spans.
 */
import { DockerfileParser } from 'dockerfile-ast';
import type { Span } from '../model';
import { LineIndex } from '../text/line-index';
import {
  assembleModel,
  commentsOf,
  convertInstruction,
  type DockerFlag,
  type DockerfileModel,
  type DockerInstruction,
  type FlagOption,
  type HeredocInfo,
  type NodeOrigin,
  type Word,
} from './dockerfile';
import { carryCommands } from './run-commands';
import { carryKeyValuePairs } from './variables';

/** How many instructions past the edit the window may grow while looking for one that parses unchanged. */
const MAX_EXTRA_INSTRUCTIONS = 4;

const LONE_CR = /\r(?!\n)/;

export function reparseDockerfile(previous: DockerfileModel, text: string, lines: LineIndex): DockerfileModel | undefined {
  const old = previous.text;
  const instructions = previous.instructions;
  if (instructions.length === 0) return undefined;

  // The edit as one replaced range: old [from, oldTo) became new [from, oldTo + delta).
  const from = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - from);
  const oldTo = old.length - suffix;
  const delta = text.length - old.length;

  // Above the first instruction live the parser directives, which change how everything else parses.
  if (from < instructions[0].span.start) return undefined;
  // dockerfile-ast also ends lines at a lone `\r`, BuildKit only at `\n`: one BuildKit line can then hold several
  // instructions, and whether one is disputed depends on text beyond the next. Such (rare) texts are parsed afresh.
  if (LONE_CR.test(text) || LONE_CR.test(old)) return undefined;
  // An instruction whose end is disputed reads the line after it (BuildKit may join it), so it goes along.
  let first = lastStartingAtOrBefore(instructions, from);
  if (first > 0 && instructions[first - 1].disputed) first--;
  const windowStart = previous.lines.lineStart(previous.lines.positionAt(instructions[first].span.start).line);

  let sentinel = first + 1;
  while (sentinel < instructions.length && instructions[sentinel].span.start < oldTo) sentinel++;
  for (let extra = 0; extra <= MAX_EXTRA_INSTRUCTIONS; extra++, sentinel++) {
    const model = reparseWindow(previous, text, lines, { first, sentinel, windowStart, delta });
    if (model) return model;
    if (sentinel >= instructions.length) return undefined;
  }
  return undefined;
}

interface Window {
  /** Index of the first old instruction re-parsed. */
  first: number;
  /** Index of the old instruction that must come out of the window unchanged; `instructions.length` = to the end. */
  sentinel: number;
  windowStart: number;
  delta: number;
}

function reparseWindow(previous: DockerfileModel, text: string, lines: LineIndex, window: Window): DockerfileModel | undefined {
  const { first, sentinel, windowStart, delta } = window;
  const instructions = previous.instructions;
  const hasSentinel = sentinel < instructions.length;
  const oldWindowEnd = sentinel + 1 < instructions.length ? previous.lines.lineStart(previous.lines.positionAt(instructions[sentinel + 1].span.start).line) : previous.text.length;
  const windowEnd = oldWindowEnd + delta;

  // The window is parsed on its own; a non-default escape character is declared the way the file declares it.
  const escapeChar = previous.escapeChar;
  const prefix = escapeChar === '\\' ? '' : `# escape=${escapeChar}\n`;
  const windowText = text.slice(windowStart, windowEnd);
  // dockerfile-ast skips a byte-order mark at the start of its input; inside a file it is an ordinary character.
  if (windowText.startsWith('\ufeff') && windowStart > 0) return undefined;
  const source = prefix + windowText;
  const ast = DockerfileParser.parse(source);
  if (ast.getEscapeCharacter() !== escapeChar || ast.getDirectives().length !== (prefix ? 1 : 0)) return undefined;
  const origin: NodeOrigin = { lines: new LineIndex(source), offset: windowStart - prefix.length };
  const reparsed = ast.getInstructions().map((node) => convertInstruction(node, text, origin, escapeChar));

  if (hasSentinel) {
    const expected = instructions[sentinel];
    const last = reparsed[reparsed.length - 1];
    if (!last || last.keyword !== expected.keyword || last.span.start !== expected.span.start + delta || last.span.end !== expected.span.end + delta) return undefined;
  }

  return assembleModel({
    text,
    lines,
    escapeChar,
    directives: previous.directives,
    comments: [
      ...previous.comments.filter((c) => c.span.end <= windowStart),
      ...commentsOf(ast, origin),
      ...previous.comments.filter((c) => c.span.start >= oldWindowEnd).map((c) => ({ content: c.content, span: moved(c.span, delta) })),
    ],
    instructions: [
      ...instructions.slice(0, first).map((i) => movedInstruction(i, 0)),
      ...reparsed,
      ...instructions.slice(sentinel + 1).map((i) => movedInstruction(i, delta)),
    ],
    ast: () => DockerfileParser.parse(text),
  });
}

/** Binary search with native comparisons of slices: far faster than a loop over characters on large files. */
function commonPrefixLength(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The same from the end, at most `max` characters (so prefix and suffix do not overlap). */
function commonSuffixLength(a: string, b: string, max: number): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}

function lastStartingAtOrBefore(instructions: readonly DockerInstruction[], offset: number): number {
  let low = 0;
  let high = instructions.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (instructions[mid].span.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

const moved = (span: Span, delta: number): Span => ({ start: span.start + delta, end: span.end + delta });
const movedOptional = (span: Span | undefined, delta: number) => span && moved(span, delta);
const movedWords = (words: Word[], delta: number): Word[] => words.map((w) => all<Word>({ value: w.value, span: moved(w.span, delta) }));

/** Spelling every field out (`Required`) makes a field added to the model a compile error here rather than a span left behind. */
const all = <T>(value: Required<T>): T => value;

/**
 * A copy of an instruction with every span moved by `delta`: the previous model stays intact, and `assembleModel`
 * sets the copy's stage. Unchanged spans and strings are shared (the model is never mutated after it is built).
 */
function movedInstruction(i: DockerInstruction, delta: number): DockerInstruction {
  const copy = copyMoved(i, delta);
  carryCommands(i, copy, delta);
  carryKeyValuePairs(i, copy, delta);
  return copy;
}

function copyMoved(i: DockerInstruction, delta: number): DockerInstruction {
  if (delta === 0) return { ...i, stage: undefined, trigger: i.trigger && movedInstruction(i.trigger, 0) };
  return all<DockerInstruction>({
    keyword: i.keyword,
    rawKeyword: i.rawKeyword,
    span: moved(i.span, delta),
    keywordSpan: moved(i.keywordSpan, delta),
    flags: i.flags.map((f) =>
      all<DockerFlag>({
        name: f.name,
        value: f.value,
        span: moved(f.span, delta),
        nameSpan: moved(f.nameSpan, delta),
        valueSpan: movedOptional(f.valueSpan, delta),
        options: f.options.map((o) => all<FlagOption>({ name: o.name, value: o.value, span: moved(o.span, delta) })),
      }),
    ),
    args: movedWords(i.args, delta),
    argsSpan: movedOptional(i.argsSpan, delta),
    form: i.form,
    execArgs: movedWords(i.execArgs, delta),
    heredocs: i.heredocs.map((h) => all<HeredocInfo>({ name: h.name, markerSpan: moved(h.markerSpan, delta), bodySpan: movedOptional(h.bodySpan, delta), terminated: h.terminated })),
    stage: undefined,
    trigger: i.trigger && movedInstruction(i.trigger, delta),
    disputed: movedOptional(i.disputed, delta),
    node: i.node,
    nodeOrigin: { lines: i.nodeOrigin.lines, offset: i.nodeOrigin.offset + delta },
  });
}
