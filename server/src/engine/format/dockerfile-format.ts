/**
 * The Dockerfile formatter. It returns the smallest edits that tidy a file and never change what the build does:
 * upper-case instruction keywords, one space after the keyword, consistent continuation indentation, a space after
 * `#` in comments, spaced exec-form arrays and no trailing whitespace. Heredoc bodies are never touched; neither are
 * hand-aligned continuation lines (unless `realignContinuations`), nor whitespace the build could see (inside quotes,
 * in instructions that keep their text verbatim).
 */
import type { Edit, Span } from '../model';
import type { ParsedDocument } from '../document';
import type { DockerInstruction, DockerfileModel } from '../parse/dockerfile';
import type { LineIndex } from '../text/line-index';
import { INSTRUCTIONS } from '../knowledge/dockerfile-instructions';
import { parserDirectiveLines } from '../parse/parser-directives';
import { execArrayEdits } from './exec-array';
import { instructionLines, joinedSegment, lexQuotes, START, trailingBlanks, visualWidth, type InstructionLine, type QuoteState } from './instruction-lines';

export interface FormatOptions {
  /** Width of one indentation step (the editor's tab size). */
  tabSize: number;
  /** Indent with spaces (else with a tab). */
  insertSpaces: boolean;
  /** Re-indent continuation lines even when they are hand-aligned. */
  realignContinuations: boolean;
}

export const DEFAULT_FORMAT_OPTIONS: FormatOptions = { tabSize: 4, insertSpaces: true, realignContinuations: false };

interface Context {
  text: string;
  lines: LineIndex;
  escapeChar: string;
  options: FormatOptions;
  /** One indentation step. */
  unit: string;
  upperCaseKeywords: boolean;
}

/** What formatting one instruction (or one line outside instructions) changes, and the lines it covers. */
interface Unit {
  firstLine: number;
  lastLine: number;
  edits: Edit[];
}

/** Edits formatting the document, or only the instructions and lines that intersect `range`. */
export function formatDockerfile(document: ParsedDocument, options: FormatOptions, range?: Span): Edit[] {
  const model = document.dockerfile;
  if (!model || hasLoneCarriageReturn(document.text)) return [];
  const wanted = range && linesOfRange(document.lines, range);
  const intersects = (u: { firstLine: number; lastLine: number }) => !wanted || (u.firstLine <= wanted.last && u.lastLine >= wanted.first);
  const ctx = contextOf(document, model, options, (i) => !!wanted && !intersects(unitLines(document.lines, i)));
  return unitsOf(ctx, model, intersects)
    .flatMap((u) => u.edits)
    .sort((a, b) => a.span.start - b.span.start);
}

/**
 * Formatting as the user types: after a line break that follows the escape character, indents the new line like the
 * continuation lines above it (or one step from the instruction). Nothing when the break falls inside quotes.
 */
export function formatOnType(document: ParsedDocument, offset: number, typed: string, options: FormatOptions): Edit[] {
  const model = document.dockerfile;
  if (typed !== '\n' || !model || hasLoneCarriageReturn(document.text)) return [];
  const { lines } = document;
  const line = lines.positionAt(offset).line;
  const instruction = model.instructions.find((i) => lines.positionAt(i.span.start).line < line && lines.positionAt(i.span.end).line >= line);
  if (!instruction) return [];
  const ctx = contextOf(document, model, options, () => false);
  const own = linesOf(ctx, instruction);
  const current = own.find((l) => l.line === line);
  const layout = continuationLayout(ctx, instruction, own);
  if (!current || !layout || (current.kind === 'content' && !layout.movable.has(current))) return [];
  const above = own.filter((l) => l.kind === 'content' && l.line < line).pop();
  const indent = above ? above.indent : layout.target;
  const span = current.kind === 'blank' ? { start: current.start, end: current.end } : { start: current.start, end: current.start + current.indent.length };
  return text(ctx, span) === indent ? [] : [{ span, text: indent }];
}

function contextOf(document: ParsedDocument, model: DockerfileModel, options: FormatOptions, outside: (i: DockerInstruction) => boolean): Context {
  const tabSize = Math.max(1, Math.min(16, Math.floor(options.tabSize) || 4));
  const ctx = { text: document.text, lines: document.lines, escapeChar: model.escapeChar, options: { ...options, tabSize }, unit: options.insertSpaces ? ' '.repeat(tabSize) : '\t' };
  // Range formatting upper-cases keywords only when the rest of the file already is: a half upper-cased file would
  // be flagged as inconsistent.
  const untouched = model.instructions.filter(outside).flatMap((i) => (i.trigger ? [i, i.trigger] : [i]));
  const upperCaseKeywords = untouched.every((i) => !isPlainKeyword(document.text, i) || i.rawKeyword === i.keyword);
  return { ...ctx, upperCaseKeywords };
}

/** The instructions, and the lines outside instructions, that `wanted` accepts, with their edits. */
function unitsOf(ctx: Context, model: DockerfileModel, wanted: (lines: { firstLine: number; lastLine: number }) => boolean): Unit[] {
  const units: Unit[] = [];
  const covered = new Set<number>();
  for (const instruction of model.instructions) {
    const { firstLine, lastLine } = unitLines(ctx.lines, instruction);
    for (let l = firstLine; l <= lastLine; l++) covered.add(l);
    if (wanted({ firstLine, lastLine })) units.push({ firstLine, lastLine, edits: instructionEdits(ctx, instruction) });
  }
  const directives = directiveLines(ctx);
  for (let line = 0; line < ctx.lines.lineCount; line++) {
    if (covered.has(line) || !wanted({ firstLine: line, lastLine: line })) continue;
    const span = { start: ctx.lines.lineStart(line), end: ctx.lines.lineEnd(line) };
    const edits = [directives.has(line) ? undefined : commentSpace(ctx, span), trailingWhitespace(ctx, span)];
    units.push({ firstLine: line, lastLine: line, edits: edits.filter((e): e is Edit => !!e) });
  }
  return units;
}

function instructionEdits(ctx: Context, instruction: DockerInstruction): Edit[] {
  const own = linesOf(ctx, instruction);
  const edits: Edit[] = [];
  for (const i of instruction.trigger ? [instruction, instruction.trigger] : [instruction]) {
    edits.push(...keywordEdits(ctx, i));
    const gap = keywordGap(ctx, i);
    if (gap) edits.push(gap);
  }
  edits.push(...execFormEdits(ctx, instruction.trigger ?? instruction));
  const layout = continuationLayout(ctx, instruction, own);
  const realign = layout && (!layout.handAligned || ctx.options.realignContinuations);
  for (const line of own) {
    const indent = line.kind === 'comment' || line.kind === 'content' ? line.indent : undefined;
    const moves = realign && indent !== undefined && (line.kind === 'comment' || layout.movable.has(line));
    if (moves && indent !== layout.target) edits.push({ span: { start: line.start, end: line.start + indent.length }, text: layout.target });
    const span = { start: line.start, end: line.end };
    const comment = line.kind === 'comment' ? commentSpace(ctx, span) : undefined;
    if (comment) edits.push(comment);
    const trailing = trailingWhitespace(ctx, span);
    if (trailing) edits.push(trailing);
  }
  return edits;
}

/** `run` → `RUN` (and FROM's `as` → `AS` with it); only known keywords written without a continuation inside. */
function keywordEdits(ctx: Context, instruction: DockerInstruction): Edit[] {
  if (!ctx.upperCaseKeywords || !isPlainKeyword(ctx.text, instruction)) return [];
  const edits: Edit[] = [];
  if (instruction.rawKeyword !== instruction.keyword) edits.push({ span: instruction.keywordSpan, text: instruction.keyword });
  const as = instruction.keyword === 'FROM' && instruction.stage?.nameSpan ? instruction.args[1] : undefined;
  if (as && /^as$/i.test(text(ctx, as.span)) && text(ctx, as.span) !== 'AS') edits.push({ span: as.span, text: 'AS' });
  return edits;
}

function isPlainKeyword(source: string, instruction: DockerInstruction): boolean {
  return INSTRUCTIONS.includes(instruction.keyword) && /^[A-Za-z]+$/.test(source.slice(instruction.keywordSpan.start, instruction.keywordSpan.end));
}

/** `RUN    echo` → `RUN echo`: the frontend drops all whitespace between the keyword and its arguments. */
function keywordGap(ctx: Context, instruction: DockerInstruction): Edit | undefined {
  const start = instruction.keywordSpan.end;
  let end = start;
  while (ctx.text[end] === ' ' || ctx.text[end] === '\t') end++;
  const next = ctx.text[end];
  if (end === start || ctx.text.slice(start, end) === ' ' || next === undefined || next === '\n' || next === '\r') return undefined;
  const lineEnd = ctx.lines.lineEnd(ctx.lines.positionAt(end).line);
  if (next === ctx.escapeChar && trailingBlanks(ctx.text.slice(end + 1, lineEnd)) === 0) return undefined;
  return { span: { start, end }, text: ' ' };
}

function execFormEdits(ctx: Context, instruction: DockerInstruction): Edit[] {
  if (instruction.form === 'exec' && instruction.argsSpan) return execArrayEdits(ctx.text, instruction.argsSpan.start, instruction.argsSpan.end);
  // HEALTHCHECK's command follows its `CMD` word.
  const [cmd, first] = instruction.args;
  const last = instruction.args[instruction.args.length - 1];
  if (instruction.keyword === 'HEALTHCHECK' && cmd && first && /^cmd$/i.test(cmd.value)) return execArrayEdits(ctx.text, first.span.start, last.span.end);
  return [];
}

/** `#comment` → `# comment`; banners (`#####`, `#---`), `#!` and an empty `#` stay as they are. */
function commentSpace(ctx: Context, line: Span): Edit | undefined {
  const match = /^[ \t\ufeff]*#(?=[\p{L}\p{N}])/u.exec(text(ctx, line));
  return match ? { span: { start: line.start + match[0].length, end: line.start + match[0].length }, text: ' ' } : undefined;
}

function trailingWhitespace(ctx: Context, line: Span): Edit | undefined {
  const start = line.start + trailingBlanks(text(ctx, line));
  return start < line.end ? { span: { start, end: line.end }, text: '' } : undefined;
}

/** The lines of the parser directives the file starts with, kept exactly as written. */
function directiveLines(ctx: Context): Set<number> {
  return new Set(parserDirectiveLines(ctx.text).map((line) => ctx.lines.positionAt(line.start).line));
}

interface ContinuationLayout {
  /** Continuation lines whose indentation the build cannot see. */
  movable: Set<InstructionLine>;
  /** The indentation continuation lines get. */
  target: string;
  /** The continuation lines are indented unevenly, or all line up with a word of the first line. */
  handAligned: boolean;
}

/** Instructions whose arguments the frontend keeps verbatim, spaces included (`WORKDIR`, `ENV key value`). */
const VERBATIM = new Set(['MAINTAINER', 'STOPSIGNAL', 'USER', 'WORKDIR']);

function whitespaceMatters(instruction: DockerInstruction): boolean {
  if (instruction.keyword === 'ONBUILD') return !instruction.trigger || whitespaceMatters(instruction.trigger);
  if (!INSTRUCTIONS.includes(instruction.keyword) || VERBATIM.has(instruction.keyword)) return true;
  if (instruction.keyword === 'ENV' || instruction.keyword === 'LABEL') return !instruction.args[0]?.value.includes('=');
  return false;
}

/**
 * Which continuation lines may be re-indented. A line's indentation joins the previous line's text, so it may change
 * only outside quotes, after an unescaped break, and where it separates words anyway (a line that starts at column 0
 * right after a word would otherwise split it). Undefined when unsure (unbalanced quotes, a keyword cut by a break).
 */
function continuationLayout(ctx: Context, instruction: DockerInstruction, own: InstructionLine[]): ContinuationLayout | undefined {
  const [first] = own;
  if (own.length < 2 || whitespaceMatters(instruction) || instruction.keywordSpan.end > first.end) return undefined;
  const firstSegment = joinedSegment(ctx.text, first, ctx.escapeChar);
  const afterKeyword = firstSegment.slice(instruction.keywordSpan.end - first.start);
  let state: QuoteState = lexQuotes(START, afterKeyword, ctx.escapeChar);
  const movable = new Set<InstructionLine>();
  for (const line of own) {
    if (line.kind !== 'content') continue;
    if (state.quote === '' && !state.escaped && (line.indent !== '' || state.separated)) movable.add(line);
    state = lexQuotes(state, joinedSegment(ctx.text, line, ctx.escapeChar), ctx.escapeChar);
  }
  if (state.quote !== '' || state.escaped) return undefined;
  const indents = new Set([...movable].map((l) => l.indent).filter((i) => i !== ''));
  const [only] = indents;
  const keywordColumn = instruction.keywordSpan.start - first.start;
  const handAligned = indents.size > 1 || (indents.size === 1 && /^ +$/.test(only) && wordColumns(firstSegment, keywordColumn, ctx.options.tabSize).has(only.length));
  return { movable, target: first.indent + ctx.unit, handAligned };
}

/** Visual columns where words start on the first line, after the keyword. */
function wordColumns(firstLine: string, keywordColumn: number, tabSize: number): Set<number> {
  const columns = new Set<number>();
  let width = visualWidth(firstLine.slice(0, keywordColumn + 1), tabSize);
  for (let i = keywordColumn + 1; i < firstLine.length; i++) {
    const blank = firstLine[i] === ' ' || firstLine[i] === '\t';
    const afterBlank = firstLine[i - 1] === ' ' || firstLine[i - 1] === '\t';
    if (!blank && afterBlank) columns.add(width);
    width = visualWidth(firstLine[i], tabSize, width);
  }
  return columns;
}

function linesOf(ctx: Context, instruction: DockerInstruction): InstructionLine[] {
  const { firstLine, lastLine } = unitLines(ctx.lines, instruction);
  return instructionLines(ctx.text, ctx.lines, firstLine, lastLine, ctx.escapeChar);
}

function unitLines(lines: LineIndex, instruction: DockerInstruction): { firstLine: number; lastLine: number } {
  return { firstLine: lines.positionAt(instruction.span.start).line, lastLine: lines.positionAt(instruction.span.end).line };
}

/** The lines a range touches; a range that ends at the start of a line does not include that line. */
function linesOfRange(lines: LineIndex, range: Span): { first: number; last: number } {
  const first = lines.positionAt(range.start).line;
  const end = lines.positionAt(range.end);
  return { first, last: range.end > range.start && end.character === 0 && end.line > first ? end.line - 1 : end.line };
}

/** BuildKit breaks lines only at `\n`; editors also at a lone `\r`. Such a file's lines mean different things to each. */
function hasLoneCarriageReturn(source: string): boolean {
  return /\r(?!\n)/.test(source);
}

function text(ctx: Context, span: Span): string {
  return ctx.text.slice(span.start, span.end);
}
