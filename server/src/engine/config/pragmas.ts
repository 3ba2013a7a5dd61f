/**
 * The pragmas of a document and where each applies. Pragmas belong to the text (like the code they silence), so they
 * are read with the parse, once per version. A pragma is a whole-line `#` comment in Dockerfiles and Compose files
 * alike; only "the next instruction" (Dockerfile) versus "the entry on the next line" (Compose) differs.
 *
 * Dockerfile forms: `# shipshape ignore=…` / `ignore-file=…`; hadolint's `# hadolint ignore=…`, `global ignore=…`,
 * `stage ignore=…` and `shell=…`; BuildKit's `# check=skip=…` parser directive (whole file) and a `# check=skip=…`
 * comment among the comment lines directly above one instruction. Compose files take the `# shipshape` forms and
 * dclint's `# dclint disable…` comments (see dclint-pragmas.ts).
 */
import type { Span } from '../model';
import type { CommentInfo, Directive, DockerfileModel, DockerInstruction } from '../parse/dockerfile';
import type { ComposeModel } from '../parse/compose';
import { checkCommentValue, parseCheckOptions, parseComment, type PragmaName, type PragmaScope, type PragmaSource } from './pragma-syntax';
import { composeEntries, composeTextRanges } from './compose-entries';
import { dclintPragmas } from './dclint-pragmas';

export type { PragmaName, PragmaScope, PragmaSource };

export interface Pragma {
  source: PragmaSource;
  scope: PragmaScope;
  /** The rules it names, as written. */
  names: PragmaName[];
  /** `# check=skip=all`: every BuildKit check; a dclint comment without names: every rule with a dclint alias. */
  all: boolean;
  reason: string | undefined;
  /** The comment (or parser directive) holding it. */
  span: Span;
  /** What it silences: findings that start inside. Undefined when it applies to nothing (say, a blank line follows). */
  target: Span | undefined;
}

/** The settings of a file-level `# check=` directive other than `skip`. */
export interface CheckDirective {
  /** `error=true`: BuildKit fails the build when any check warns. */
  error: boolean;
  /** `experimental=…`: experimental BuildKit checks turned on. */
  experimental: PragmaName[];
  experimentalAll: boolean;
  span: Span;
}

export interface DocumentPragmas {
  /** In source order. */
  pragmas: Pragma[];
  check: CheckDirective | undefined;
  /** `# hadolint shell=…`: the shell the file's RUN instructions are written for. */
  shell: PragmaName | undefined;
}

export const NO_PRAGMAS: DocumentPragmas = { pragmas: [], check: undefined, shell: undefined };

/** Most files have no pragma at all: a cheap look for one of our comment words saves walking them. */
const ANY_PRAGMA = /#[ \t]*(?:shipshape|hadolint|check|dclint)\b/i;

export function parsePragmas(dockerfile: DockerfileModel | undefined, compose: ComposeModel | undefined): DocumentPragmas {
  if (dockerfile && ANY_PRAGMA.test(dockerfile.text)) return dockerfilePragmas(dockerfile);
  if (compose && ANY_PRAGMA.test(compose.text)) return composePragmas(compose);
  return NO_PRAGMAS;
}

function dockerfilePragmas(model: DockerfileModel): DocumentPragmas {
  const { text } = model;
  const pragmas: Pragma[] = [];
  let shell: PragmaName | undefined;
  const comments = commentLines(model);
  for (const comment of comments) {
    const parsed = parseComment(text.slice(comment.span.start, comment.span.end), comment.span.start);
    if (!parsed) continue;
    if (parsed.kind === 'shell') {
      shell ??= parsed.shell;
      continue;
    }
    const target = parsed.scope === 'file' ? wholeText(text) : parsed.scope === 'stage' ? stageTarget(model, comment.span) : nextInstructionTarget(model, comment.span);
    pragmas.push({ source: parsed.source, scope: parsed.scope, names: parsed.names, all: false, reason: parsed.reason, span: comment.span, target });
  }
  pragmas.push(...instructionCheckPragmas(model, comments));
  const { pragma, check } = checkDirective(model);
  if (pragma) pragmas.push(pragma);
  return { pragmas: pragmas.sort((a, b) => a.span.start - b.span.start), check, shell };
}

/** BuildKit reads the first `# check=` among the comment lines directly above an instruction (no blank line between). */
function instructionCheckPragmas(model: DockerfileModel, comments: readonly CommentInfo[]): Pragma[] {
  const commentByLine = new Map<number, CommentInfo>(comments.map((c) => [model.lines.positionAt(c.span.start).line, c]));
  const pragmas: Pragma[] = [];
  for (const instruction of model.instructions) {
    const block: CommentInfo[] = [];
    for (let line = model.lines.positionAt(instruction.span.start).line - 1; commentByLine.has(line); line--) block.unshift(commentByLine.get(line)!);
    for (const comment of block) {
      const found = checkCommentValue(model.text.slice(comment.span.start, comment.span.end), comment.span.start);
      if (!found) continue;
      const options = parseCheckOptions(found.value, found.offset);
      if (options && (options.skipAll || options.skip.length > 0)) {
        pragmas.push({ source: 'buildkit', scope: 'next', names: options.skip, all: options.skipAll, reason: undefined, span: comment.span, target: instruction.span });
      }
      break;
    }
  }
  return pragmas;
}

/** The `# check=` parser directive: its `skip` list is a file-wide pragma, the rest changes severities. */
function checkDirective(model: DockerfileModel): { pragma?: Pragma; check?: CheckDirective } {
  const directive = parserDirectives(model).find((d) => d.name.toLowerCase() === 'check');
  if (!directive) return {};
  const options = parseCheckOptions(model.text.slice(directive.valueSpan.start, directive.valueSpan.end), directive.valueSpan.start);
  // BuildKit refuses to build with a malformed check directive; that is a syntax problem, not a suppression.
  if (!options) return {};
  const check = { error: options.error, experimental: options.experimental, experimentalAll: options.experimentalAll, span: directive.span };
  if (!options.skipAll && options.skip.length === 0) return { check };
  return { check, pragma: { source: 'buildkit', scope: 'file', names: options.skip, all: options.skipAll, reason: undefined, span: directive.span, target: wholeText(model.text) } };
}

/** BuildKit's grammar of a parser directive line: `# name=value`, the name one word. */
const DIRECTIVE = /^#[ \t]*[a-zA-Z][a-zA-Z0-9]*[ \t]*=/;

/** The parser directives BuildKit honours. dockerfile-ast also reads `# shipshape ignore=x` on line 1 as one. */
export function parserDirectives(model: DockerfileModel): Directive[] {
  return model.directives.filter((d) => DIRECTIVE.test(model.text.slice(d.span.start, d.span.end)));
}

/** The comment lines, including the ones dockerfile-ast took for parser directives. */
function commentLines(model: DockerfileModel): CommentInfo[] {
  const misread = model.directives.filter((d) => !parserDirectives(model).includes(d));
  return [...misread.map((d) => ({ content: model.text.slice(d.span.start + 1, d.span.end).trim(), span: d.span })), ...model.comments];
}

function containing(model: DockerfileModel, offset: number): DockerInstruction | undefined {
  return model.instructions.find((i) => i.span.start <= offset && offset < i.span.end);
}

/**
 * The instruction below the pragma, with only comment lines between. A pragma on a comment line inside a
 * continued instruction applies to the rest of that instruction.
 */
function nextInstructionTarget(model: DockerfileModel, comment: Span): Span | undefined {
  const inside = containing(model, comment.start);
  if (inside) return { start: comment.end, end: inside.span.end };
  const { lines, text } = model;
  const next = model.instructions.find((i) => i.span.start > comment.end);
  if (!next) return undefined;
  const nextLine = lines.positionAt(next.span.start).line;
  for (let line = lines.positionAt(comment.start).line + 1; line < nextLine; line++) {
    if (!text.slice(lines.lineStart(line), lines.lineEnd(line)).trimStart().startsWith('#')) return undefined;
  }
  return next.span;
}

/** From the pragma to the end of the stage the next instruction belongs to (above a FROM: that whole stage). */
function stageTarget(model: DockerfileModel, comment: Span): Span | undefined {
  const next = containing(model, comment.start) ?? model.instructions.find((i) => i.span.start > comment.end);
  if (!next) return undefined;
  const stage = next.stage;
  if (stage) return { start: comment.start, end: stage.instructions[stage.instructions.length - 1].span.end };
  const firstFrom = model.stages[0]?.from.span.start;
  return { start: comment.start, end: firstFrom === undefined ? model.text.length : Math.max(comment.start, firstFrom - 1) };
}

function composePragmas(model: ComposeModel): DocumentPragmas {
  const { text, lines } = model;
  const textRanges = composeTextRanges(model);
  const entries = composeEntries(model);
  const pragmas: Pragma[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const at = contentStart(model, line);
    if (text[at] !== '#' || textRanges.some((r) => at > r.start && at < r.end)) continue;
    const span = { start: at, end: lines.lineEnd(line) };
    const parsed = parseComment(text.slice(span.start, span.end), span.start);
    if (parsed?.kind !== 'ignore' || parsed.source !== 'shipshape') continue;
    const target = parsed.scope === 'file' ? wholeText(text) : composeEntryBelow(model, line, entries);
    pragmas.push({ source: 'shipshape', scope: parsed.scope, names: parsed.names, all: false, reason: parsed.reason, span, target });
  }
  pragmas.push(...dclintPragmas(model));
  return { pragmas: pragmas.sort((a, b) => a.span.start - b.span.start), check: undefined, shell: undefined };
}

/** The entry starting on the first line below `line` that is not a comment; undefined across a blank line. */
function composeEntryBelow(model: ComposeModel, line: number, entries: readonly Span[]): Span | undefined {
  for (let next = line + 1; next < model.lines.lineCount; next++) {
    const at = contentStart(model, next);
    const end = model.lines.lineEnd(next);
    if (at === end) return undefined;
    if (model.text[at] === '#') continue;
    return entries.find((e) => e.start === at) ?? { start: at, end };
  }
  return undefined;
}

function contentStart(model: ComposeModel, line: number): number {
  let at = model.lines.lineStart(line);
  const end = model.lines.lineEnd(line);
  while (at < end && (model.text[at] === ' ' || model.text[at] === '\t')) at++;
  return at;
}

function wholeText(text: string): Span {
  return { start: 0, end: text.length };
}
