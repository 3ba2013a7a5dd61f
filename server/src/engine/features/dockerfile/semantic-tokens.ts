/**
 * Semantic tokens for Dockerfiles: instructions, flags, variables, stage names, strings, comments and parser
 * directives. Tokens come sorted, never overlap and never span lines (editors do not accept multi-line tokens), also
 * with comments inside continued lines, heredocs and a `# escape=` directive.
 */
import type { ParsedDocument } from '../../document';
import type { DockerInstruction, DockerfileModel } from '../../parse/dockerfile';
import { keyValuePairsOf } from '../../parse/variables';
import { instructionSyntax, predefinedArgs } from './syntax';
import type { SemanticToken, SemanticTokenModifier, SemanticTokenType } from '../assist-types';

/** Where tokens overlap, the higher rank wins (a variable inside a string, a comment line inside a quoted word). */
const RANK: Record<SemanticTokenType, number> = { comment: 5, macro: 5, keyword: 4, parameter: 4, namespace: 4, property: 3, variable: 3, string: 1 };

const PREDEFINED = new Set(predefinedArgs.map((a) => a.name));

const cache = new WeakMap<ParsedDocument, SemanticToken[]>();

export function dockerfileSemanticTokens(document: ParsedDocument): SemanticToken[] {
  const model = document.dockerfile;
  if (!model) return [];
  let tokens = cache.get(document);
  if (!tokens) {
    tokens = splitLines(document.text, withoutOverlaps(collect(model)));
    cache.set(document, tokens);
  }
  return tokens;
}

function collect(model: DockerfileModel): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  const add = (start: number, end: number, type: SemanticTokenType, ...modifiers: SemanticTokenModifier[]) => {
    if (end > start) tokens.push({ span: { start, end }, type, modifiers });
  };
  for (const directive of model.directives) {
    add(directive.span.start, directive.nameSpan.end, 'macro');
    add(directive.valueSpan.start, directive.valueSpan.end, 'string');
  }
  for (const comment of model.comments) add(comment.span.start, comment.span.end, 'comment');
  const stageNames = new Set(model.stages.flatMap((s) => (s.name ? [s.name] : [])));
  for (const instruction of model.instructions) {
    // An unknown word (a typo, a half-typed keyword) is not coloured as an instruction.
    for (const i of [instruction, instruction.trigger]) if (i && instructionSyntax[i.keyword]) add(i.keywordSpan.start, i.keywordSpan.end, 'keyword');
    instructionTokens(model, instruction.trigger ?? instruction, stageNames, add);
  }
  return tokens;
}

type Add = (start: number, end: number, type: SemanticTokenType, ...modifiers: SemanticTokenModifier[]) => void;

function instructionTokens(model: DockerfileModel, instruction: DockerInstruction, stageNames: Set<string>, add: Add): void {
  const { text, escapeChar } = model;
  const isStage = (name: string | null | undefined) => !!name && stageNames.has(name.toLowerCase());
  for (const flag of instruction.flags) {
    add(flag.span.start, flag.nameSpan.end, 'parameter');
    if (!flag.valueSpan) continue;
    scan(text, flag.valueSpan.start, flag.valueSpan.end, escapeChar, add, false);
    if (flag.name === 'from' && isStage(flag.value)) add(flag.valueSpan.start, flag.valueSpan.end, 'namespace');
    // Only `--mount` takes `key=value` options; other values are single words.
    for (const option of flag.name === 'mount' ? flag.options : []) {
      const eq = text.indexOf('=', option.span.start);
      const keyEnd = eq >= 0 && eq < option.span.end ? eq : option.span.end;
      add(option.span.start, keyEnd, 'property');
      if (option.name === 'from' && isStage(option.value)) add(keyEnd + 1, option.span.end, 'namespace');
    }
  }
  const args = instruction.argsSpan;
  if (!args) return;
  // Heredoc bodies are the shell's or the file's content: only the line with the markers is the instruction's.
  const end = instruction.heredocs.length > 0 ? lineEnd(text, instruction.heredocs[instruction.heredocs.length - 1].markerSpan.end) : args.end;
  if (instruction.keyword === 'FROM') {
    const [image, as, name] = instruction.args;
    if (image && instruction.stage?.baseStage) add(image.span.start, image.span.end, 'namespace');
    if (as?.value.toUpperCase() === 'AS') add(as.span.start, as.span.end, 'keyword');
    if (name && instruction.stage?.nameSpan) add(instruction.stage.nameSpan.start, instruction.stage.nameSpan.end, 'namespace', 'declaration');
  }
  if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV' || instruction.keyword === 'LABEL') {
    for (const pair of keyValuePairsOf(instruction, text, escapeChar).pairs) {
      if (instruction.keyword === 'LABEL') add(pair.keySpan.start, pair.keySpan.end, 'property');
      else add(pair.keySpan.start, pair.keySpan.end, 'variable', 'declaration');
    }
  }
  scan(text, args.start, Math.min(end, args.end), escapeChar, add, instruction.form === 'shell');
  if (instruction.form === 'exec') for (const word of instruction.execArgs) add(word.span.start, word.span.end, 'string');
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * One pass over arguments: `$VAR`/`${VAR…}` outside single quotes, and (with `strings`) quoted parts. Comment lines
 * inside a continuation are skipped (they are tokens of their own); the escape character protects the next character
 * but not a line break.
 */
function scan(text: string, start: number, end: number, escapeChar: string, add: Add, strings: boolean): void {
  let quote: string | undefined;
  let opened = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '\n') {
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '#') i = lineEnd(text, j) - 1;
    } else if (ch === escapeChar && quote !== "'") {
      if (text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
    } else if (ch === '$' && quote !== "'") {
      const stop = variableEnd(text, i, end);
      if (stop === i) continue;
      const name = /\w+/.exec(text.slice(i + 1, Math.min(stop, i + 80)))?.[0];
      add(i, stop, 'variable', ...(name && PREDEFINED.has(name) ? ['defaultLibrary' as const] : []));
      i = stop - 1;
    } else if (!strings) {
      continue;
    } else if (quote === undefined && (ch === '"' || ch === "'")) {
      quote = ch;
      opened = i;
    } else if (ch === quote) {
      add(opened, i + 1, 'string');
      quote = undefined;
    }
  }
  if (quote !== undefined) add(opened, end, 'string');
}

/** End of the variable reference starting with the `$` at `i`, or `i` when there is none. */
function variableEnd(text: string, i: number, end: number): number {
  if (text[i + 1] === '{') {
    if (!NAME_START.test(text[i + 2] ?? '')) return i;
    let depth = 0;
    for (let j = i + 2; j < end; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && depth-- === 0) return j + 1;
      else if (text[j] === '\n') return i;
    }
    return i;
  }
  if (!NAME_START.test(text[i + 1] ?? '')) return i;
  let j = i + 1;
  while (j < end && NAME_CHAR.test(text[j])) j++;
  return j;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

/** Keeps every token's parts that no higher-ranked token covers. */
function withoutOverlaps(tokens: SemanticToken[]): SemanticToken[] {
  const ranked = tokens.map((t, i) => ({ t, i })).sort((a, b) => RANK[b.t.type] - RANK[a.t.type] || a.i - b.i);
  const kept: SemanticToken[] = []; // sorted by start, disjoint
  for (const { t } of ranked) {
    let start = t.span.start;
    let index = firstEndingAfter(kept, start);
    const pieces: SemanticToken[] = [];
    while (start < t.span.end) {
      const next = kept[index];
      const stop = next && next.span.start < t.span.end ? next.span.start : t.span.end;
      if (stop > start) pieces.push({ ...t, span: { start, end: stop } });
      if (!next || next.span.start >= t.span.end) break;
      start = Math.max(start, next.span.end);
      index++;
    }
    for (const piece of pieces) kept.splice(firstEndingAfter(kept, piece.span.start), 0, piece);
  }
  return kept;
}

/** Index of the first kept token ending after `offset`. */
function firstEndingAfter(kept: SemanticToken[], offset: number): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (kept[mid].span.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function splitLines(text: string, tokens: SemanticToken[]): SemanticToken[] {
  const out: SemanticToken[] = [];
  for (const token of tokens) {
    let start = token.span.start;
    while (start < token.span.end) {
      const newline = text.indexOf('\n', start);
      const stop = newline < 0 || newline >= token.span.end ? token.span.end : newline;
      const end = text[stop - 1] === '\r' ? stop - 1 : stop;
      if (end > start) out.push({ ...token, span: { start, end } });
      // A continued line's indentation belongs to no token.
      start = stop + 1;
      while (start < token.span.end && (text[start] === ' ' || text[start] === '\t')) start++;
    }
  }
  return out;
}
