/**
 * Our view of a Dockerfile, built on dockerfile-ast. dockerfile-ast speaks in line/character ranges;
 * everything here is converted to offsets once, so rules never deal with editor coordinates.
 */
import { Add, Copy, DockerfileParser, ModifiableInstruction, Run, type Dockerfile, type Heredoc, type Instruction, type Flag, type Argument, type From, type Onbuild } from 'dockerfile-ast';
import type { Span } from '../model';
import { LineIndex } from '../text/line-index';
import { disputedSpan } from './disputed-end';

type AstRange = { start: { line: number; character: number }; end: { line: number; character: number } };

export interface Word {
  value: string;
  span: Span;
}

export interface FlagOption {
  name: string;
  value: string | null;
  span: Span;
}

export interface DockerFlag {
  /** Name without the leading dashes, as written (`from`, `mount`, `platform`). */
  name: string;
  value: string | null;
  span: Span;
  nameSpan: Span;
  valueSpan: Span | undefined;
  /** Comma-separated `key=value` options, as in `--mount=type=cache,target=/root/.npm`. */
  options: FlagOption[];
}

export interface HeredocInfo {
  name: string;
  /** The `<<EOF` marker. */
  markerSpan: Span;
  /**
   * The body between the marker line and the delimiter line; undefined when it is empty (or, unterminated, holds
   * only escape characters and line breaks: dockerfile-ast sees no content there).
   */
  bodySpan: Span | undefined;
  /** The closing delimiter line exists; an unterminated heredoc swallows the rest of the file. */
  terminated: boolean;
}

export interface DockerInstruction {
  /** Keyword in upper case (`RUN`), whatever the source casing. */
  keyword: string;
  /** Keyword exactly as written. */
  rawKeyword: string;
  span: Span;
  keywordSpan: Span;
  flags: DockerFlag[];
  /** Arguments after the flags, split as the Dockerfile frontend splits words (variables not expanded). */
  args: Word[];
  /** From the first argument after the flags to the end of the instruction; undefined when there are none. */
  argsSpan: Span | undefined;
  /** `exec` when the arguments are a JSON array of strings (how BuildKit decides), else `shell`. */
  form: 'exec' | 'shell';
  /** The decoded strings of an exec-form instruction. */
  execArgs: Word[];
  heredocs: HeredocInfo[];
  /** The stage the instruction belongs to; undefined before the first FROM. */
  stage: Stage | undefined;
  /** The instruction an ONBUILD wraps. */
  trigger: DockerInstruction | undefined;
  /**
   * Set when BuildKit ends the instruction on another line than dockerfile-ast does (they read an escape at a line's
   * end differently, see disputed-end.ts): the text that belongs to it in either reading. The words near its end are
   * then not BuildKit's, and fixes that edit this text are withheld (lint.ts).
   */
  disputed: Span | undefined;
  /**
   * Escape hatch to dockerfile-ast for rare needs. Its line/character ranges are in the coordinates of the text it was
   * parsed from (an edited document re-parses only the changed instructions): convert them with `nodeSpan`.
   */
  node: Instruction;
  nodeOrigin: NodeOrigin;
}

/** Where `node`'s coordinates come from: offset in the document = `offset + lines.offsetAt(position)`. */
export interface NodeOrigin {
  lines: LineIndex;
  offset: number;
}

/** A dockerfile-ast range of `instruction.node` (or of anything inside it) as a span of the document. */
export function nodeSpan(instruction: DockerInstruction, range: AstRange): Span {
  const { lines, offset } = instruction.nodeOrigin;
  return { start: offset + lines.offsetAt(range.start), end: offset + lines.offsetAt(range.end) };
}

export interface ImageRef {
  /** The whole reference as written (`docker.io/library/node:20-alpine@sha256:…`). */
  text: string;
  span: Span;
  /** Repository without registry host (`node`, `library/node`, `org/app`). */
  name: string;
  registry: string | undefined;
  tag: string | undefined;
  tagSpan: Span | undefined;
  digest: string | undefined;
  /** `$VAR`/`${VAR}` in the reference: its value is only known at build time. */
  hasVariables: boolean;
}

export interface Stage {
  index: number;
  /** Name from `FROM … AS name`, lower-cased as BuildKit compares them. */
  name: string | undefined;
  nameSpan: Span | undefined;
  from: DockerInstruction;
  image: ImageRef | undefined;
  /** The earlier stage this one is based on (`FROM builder`). */
  baseStage: Stage | undefined;
  /** Instructions of the stage, FROM included. */
  instructions: DockerInstruction[];
}

export interface Directive {
  name: string;
  value: string;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
}

export interface CommentInfo {
  /** Text after `#`, trimmed. */
  content: string;
  span: Span;
}

export interface DockerfileModel {
  text: string;
  lines: LineIndex;
  escapeChar: string;
  directives: Directive[];
  comments: CommentInfo[];
  /** Top-level instructions in source order (ONBUILD triggers are reachable through `trigger`). */
  instructions: DockerInstruction[];
  stages: Stage[];
  /** Global ARGs declared before the first FROM. */
  globalArgs: DockerInstruction[];
  ast: Dockerfile;
}

export function parseDockerfile(text: string, lines = new LineIndex(text)): DockerfileModel {
  const ast = DockerfileParser.parse(text);
  const origin: NodeOrigin = { lines, offset: 0 };
  const escapeChar = ast.getEscapeCharacter();
  return assembleModel({
    text,
    lines,
    escapeChar,
    directives: directivesOf(ast, origin),
    comments: commentsOf(ast, origin),
    instructions: ast.getInstructions().map((node) => convertInstruction(node, text, origin, escapeChar)),
    ast: () => ast,
  });
}

export function directivesOf(ast: Dockerfile, origin: NodeOrigin): Directive[] {
  const spanOf = spanIn(origin);
  return ast.getDirectives().map((d) => ({
    name: d.getName(),
    value: d.getValue(),
    span: spanOf(d.getRange()),
    nameSpan: spanOf(d.getNameRange()),
    valueSpan: spanOf(d.getValueRange()),
  }));
}

export function commentsOf(ast: Dockerfile, origin: NodeOrigin): CommentInfo[] {
  const spanOf = spanIn(origin);
  return ast.getComments().map((c) => ({ content: c.getContent(), span: spanOf(c.getRange()) }));
}

const spanIn =
  ({ lines, offset }: NodeOrigin) =>
  (range: AstRange): Span => ({ start: offset + lines.offsetAt(range.start), end: offset + lines.offsetAt(range.end) });

/** One dockerfile-ast instruction in our terms; `stage` is left for `assembleModel` to fill in. */
export function convertInstruction(node: Instruction, text: string, origin: NodeOrigin, escapeChar: string): DockerInstruction {
  const spanOf = spanIn(origin);
  const flags = node instanceof ModifiableInstruction ? node.getFlags().map((f) => convertFlag(f, spanOf)) : [];
  const keywordSpan = spanOf(node.getInstructionRange());
  const args = node.getArguments().map((a: Argument) => withRealStart({ value: a.getValue(), span: spanOf(a.getRange()) }, keywordSpan.end));
  const span = spanOf(node.getRange());
  const argsSpan = args.length > 0 ? { start: args[0].span.start, end: args[args.length - 1].span.end } : undefined;
  const argsText = argsSpan ? text.slice(argsSpan.start, argsSpan.end) : '';
  const execArgs = argsSpan ? parseExecForm(argsText, argsSpan.start, escapeChar) : undefined;
  // RUN, COPY and ADD take here-documents, and only an argument starting with `<<` opens one (asking costs a second
  // pass over the arguments, so most instructions skip it).
  const heredocs =
    (node instanceof Run || node instanceof Copy || node instanceof Add) && args.some((a) => a.value.startsWith('<<'))
      ? heredocsOf(node).map((h) => {
          const markerSpan = spanOf(h.getStartRange());
          const content = h.getContentRange();
          return { name: h.getName(), markerSpan, bodySpan: content ? bodySpanOf(spanOf(content), markerSpan) : undefined, terminated: h.getDelimiterRange() !== null };
        })
      : [];
  const instruction: DockerInstruction = {
    keyword: node.getKeyword(),
    rawKeyword: node.getInstruction(),
    span,
    keywordSpan,
    flags,
    args,
    argsSpan,
    form: execArgs ? 'exec' : 'shell',
    execArgs: execArgs ?? [],
    heredocs,
    stage: undefined,
    trigger: undefined,
    disputed: undefined,
    node,
    nodeOrigin: origin,
  };
  if (instruction.keyword === 'ONBUILD') {
    const trigger = (node as Onbuild).getTriggerInstruction();
    if (trigger) instruction.trigger = convertInstruction(trigger, text, origin, escapeChar);
  }
  instruction.disputed = disputedSpan(span, lastHeredocMarker(instruction.trigger ?? instruction), text, escapeChar);
  if (instruction.trigger) instruction.trigger.disputed = instruction.disputed;
  return instruction;
}

/**
 * dockerfile-ast reads an escaped blank at the start of a word (`\ `) followed, after a line continuation, by more
 * text as an empty word it never saw start: its span begins one character before the arguments (inside the keyword)
 * and ends at that escape. That word is BuildKit's escaped blank, so it is given the escape and its blank as span;
 * left inside the keyword, an edit meant for the word would take in the keyword and the lines up to the escape.
 */
function withRealStart(word: Word, argumentsStart: number): Word {
  if (word.span.start >= argumentsStart) return word;
  return { value: word.value, span: { start: word.span.end, end: word.span.end + 2 } };
}

const lastHeredocMarker = ({ heredocs }: DockerInstruction): Span | undefined => heredocs[heredocs.length - 1]?.markerSpan;

/** dockerfile-ast reads ADD's here-documents as it reads COPY's, but exposes them publicly for RUN and COPY only. */
function heredocsOf(node: Run | Copy | Add): Heredoc[] {
  return node instanceof Add ? (node as unknown as { getHeredocs(): Heredoc[] }).getHeredocs() : node.getHeredocs();
}

/**
 * dockerfile-ast's content range of a body without content is bogus: an unterminated one starts just before the
 * instruction's first argument (so it takes in the marker line), an empty terminated one ends before it starts.
 * Both mean "no body".
 */
function bodySpanOf(content: Span, markerSpan: Span): Span | undefined {
  return content.start < markerSpan.end || content.end < content.start ? undefined : content;
}

export interface ModelParts {
  text: string;
  lines: LineIndex;
  escapeChar: string;
  directives: Directive[];
  comments: CommentInfo[];
  /** Converted instructions in source order, not yet shared with any other model (their `stage` is set here). */
  instructions: DockerInstruction[];
  /** The whole-file dockerfile-ast tree, made on first use when the model was assembled from pieces. */
  ast: () => Dockerfile;
}

/** Groups the instructions into stages, links each stage to the earlier stage it builds on, and collects global ARGs. */
export function assembleModel(parts: ModelParts): DockerfileModel {
  const { text, lines, escapeChar, directives, comments, instructions } = parts;
  const stages: Stage[] = [];
  const globalArgs: DockerInstruction[] = [];
  let current: Stage | undefined;
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const from = instruction.node as From;
      const nameRange = from.getBuildStageRange();
      const stage: Stage = {
        index: stages.length,
        name: from.getBuildStage()?.toLowerCase() ?? undefined,
        nameSpan: nameRange ? nodeSpan(instruction, nameRange) : undefined,
        from: instruction,
        image: imageRefOf(instruction),
        baseStage: undefined,
        instructions: [instruction],
      };
      const base = stage.image && !stage.image.tag && !stage.image.digest && !stage.image.registry ? stage.image.name.toLowerCase() : undefined;
      stage.baseStage = base ? stages.find((s) => s.name === base) : undefined;
      instruction.stage = stage;
      stages.push(stage);
      current = stage;
      continue;
    }
    for (let i: DockerInstruction | undefined = instruction; i; i = i.trigger) i.stage = current;
    if (current) current.instructions.push(instruction);
    else if (instruction.keyword === 'ARG') globalArgs.push(instruction);
  }
  const model = { text, lines, escapeChar, directives, comments, instructions, stages, globalArgs } as Omit<DockerfileModel, 'ast'> as DockerfileModel;
  let ast: Dockerfile | undefined;
  Object.defineProperty(model, 'ast', { enumerable: true, get: () => (ast ??= parts.ast()) });
  return model;
}

function convertFlag(flag: Flag, spanOf: (r: AstRange) => Span): DockerFlag {
  const valueRange = flag.getValueRange();
  return {
    name: flag.getName(),
    value: flag.getValue(),
    span: spanOf(flag.getRange()),
    nameSpan: spanOf(flag.getNameRange()),
    valueSpan: valueRange ? spanOf(valueRange) : undefined,
    options: flag.getOptions().map((o) => ({ name: o.getName(), value: o.getValue(), span: spanOf(o.getRange()) })),
  };
}

/** The image reference of a FROM, split the way registries read it. */
function imageRefOf(from: DockerInstruction): ImageRef | undefined {
  const word = from.args[0];
  if (!word) return undefined;
  const text = word.value;
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  let tagSpan: Span | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    const tagStartInText = (registry ? registry.length + 1 : 0) + colon + 1;
    tagSpan = { start: word.span.start + tagStartInText, end: word.span.start + tagStartInText + tag.length };
    rest = rest.slice(0, colon);
  }
  return { text, span: word.span, name: rest, registry, tag, tagSpan, digest, hasVariables: /\$/.test(text) };
}

/**
 * Decodes an exec-form argument list. BuildKit treats the arguments as exec form exactly when they parse
 * as a JSON array of strings; anything else is shell form. Returns undefined for shell form.
 */
export function parseExecForm(argsText: string, baseOffset: number, escapeChar: string): Word[] | undefined {
  const trimmed = argsText.trimStart();
  if (!trimmed.startsWith('[')) return undefined;
  const joined = removeContinuations(argsText, escapeChar);
  let values: unknown;
  try {
    values = JSON.parse(joined.text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return undefined;
  // Locate each JSON string token in the original text to give it a span.
  const words: Word[] = [];
  const tokenPattern = /"(?:[^"\\]|\\.)*"/g;
  let match: RegExpExecArray | null;
  let index = 0;
  while ((match = tokenPattern.exec(joined.text)) && index < values.length) {
    words.push({
      value: values[index++] as string,
      span: { start: baseOffset + joined.toSource(match.index), end: baseOffset + joined.toSource(match.index + match[0].length - 1) + 1 },
    });
  }
  return words;
}

/**
 * Joins continuation lines the way the Dockerfile frontend does: an escape character at the end of a line
 * joins it with the next, and comment lines inside the continuation are dropped. `toSource` maps an
 * offset in the joined text back to the original.
 */
export function removeContinuations(raw: string, escapeChar: string): { text: string; toSource(offset: number): number } {
  let text = '';
  const map: number[] = [];
  let i = 0;
  let atLineStart = false;
  while (i < raw.length) {
    if (atLineStart) {
      // Skip a whole comment line or an empty line inside a continuation.
      let j = i;
      while (j < raw.length && (raw[j] === ' ' || raw[j] === '\t')) j++;
      if (raw[j] === '#' || raw[j] === '\n' || raw[j] === '\r') {
        while (j < raw.length && raw[j] !== '\n') j++;
        i = j + 1;
        continue;
      }
      atLineStart = false;
    }
    const ch = raw[i];
    if (ch === escapeChar) {
      let j = i + 1;
      while (j < raw.length && (raw[j] === ' ' || raw[j] === '\t')) j++;
      if (raw[j] === '\r' && raw[j + 1] === '\n') j++;
      if (raw[j] === '\n' || raw[j] === '\r' || j >= raw.length) {
        i = j + 1;
        atLineStart = true;
        continue;
      }
    }
    map.push(i);
    text += ch;
    i++;
  }
  map.push(raw.length);
  return { text, toSource: (offset) => map[Math.max(0, Math.min(offset, map.length - 1))] };
}
