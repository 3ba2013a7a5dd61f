/**
 * Build-time variables as the Dockerfile frontend sees them: `$NAME` / `${NAME}` / `${NAME:-word}` references in
 * the instructions it expands itself (FROM, COPY, ENV, LABEL, WORKDIR…), the key/value pairs of ENV, LABEL and
 * ARG, and the global ARGs (before the first FROM) that FROM lines may use. Shell-form RUN/CMD/ENTRYPOINT are the
 * shell's business and are not read here.
 */
import type { Span } from '../model';
import { removeContinuations, type DockerInstruction, type DockerfileModel } from './dockerfile';
import { withMovedSpans } from './moved-spans';

export interface VariableReference {
  name: string;
  /** `$NAME` or `${NAME…}` as written. */
  span: Span;
  nameSpan: Span;
  /** `-`, `:-`, `+`, `:+`, `?`, `:?`, `#`, `%`, `/`…; undefined for a plain reference. */
  modifier: string | undefined;
  /** The text after the modifier, up to the closing brace. */
  word: string | undefined;
}

/** Modifiers that give the reference a value (or an explicit error) when the variable is unset. */
const FALLBACK_MODIFIERS = new Set(['-', ':-', '+', ':+', '?', ':?']);

export function hasFallback(reference: VariableReference): boolean {
  return reference.modifier !== undefined && FALLBACK_MODIFIERS.has(reference.modifier);
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * Variable references in `source.slice(start, end)`, the way the frontend's word expansion finds them: not inside
 * single quotes, not after the escape character, not in comment lines of a continued instruction. References inside
 * a `${A:-$B}` word are returned too. Spans are offsets in `source`.
 */
export function findVariableReferences(source: string, start: number, end: number, escapeChar: string): VariableReference[] {
  const joined = removeContinuations(source.slice(start, end), escapeChar);
  const toSource = (offset: number) => start + joined.toSource(offset);
  const text = joined.text;
  const found: VariableReference[] = [];

  const scan = (from: number, to: number): void => {
    let quote: string | undefined;
    for (let i = from; i < to; i++) {
      const ch = text[i];
      if (ch === escapeChar && quote !== "'") {
        i++;
        continue;
      }
      if (ch === "'" && quote !== '"') {
        quote = quote === "'" ? undefined : "'";
        continue;
      }
      if (ch === '"' && quote !== "'") {
        quote = quote === '"' ? undefined : '"';
        continue;
      }
      if (ch !== '$' || quote === "'") continue;
      const next = text[i + 1];
      if (next === '{') {
        const close = closingBrace(text, i + 2, to, escapeChar);
        if (close < 0) continue;
        const nameEnd = nameEndAt(text, i + 2);
        if (nameEnd === i + 2) continue;
        const rest = text.slice(nameEnd, close);
        const modifier = /^(:[-+?]|[-+?]|##|#|%%|%|\/\/|\/|:)/.exec(rest)?.[0];
        found.push({
          name: text.slice(i + 2, nameEnd),
          span: { start: toSource(i), end: toSource(close) + 1 },
          nameSpan: { start: toSource(i + 2), end: toSource(nameEnd - 1) + 1 },
          modifier,
          word: modifier === undefined ? undefined : rest.slice(modifier.length),
        });
        if (modifier !== undefined) scan(nameEnd + modifier.length, close);
        i = close;
      } else if (next !== undefined && NAME_START.test(next)) {
        const nameEnd = nameEndAt(text, i + 1);
        found.push({
          name: text.slice(i + 1, nameEnd),
          span: { start: toSource(i), end: toSource(nameEnd - 1) + 1 },
          nameSpan: { start: toSource(i + 1), end: toSource(nameEnd - 1) + 1 },
          modifier: undefined,
          word: undefined,
        });
        i = nameEnd - 1;
      }
    }
  };
  scan(0, text.length);
  return found;
}

function nameEndAt(text: string, at: number): number {
  let i = at;
  if (i < text.length && NAME_START.test(text[i])) while (i < text.length && NAME_CHAR.test(text[i])) i++;
  return i;
}

/** The `}` that closes a `${`, skipping nested `${…}`; -1 when there is none. */
function closingBrace(text: string, from: number, to: number, escapeChar: string): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === escapeChar) i++;
    else if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Expands a word with the frontend's rules for the common modifiers. `lookup` returns undefined for an unset
 * variable. The result is undefined when the word uses a modifier we do not evaluate (`#`, `%`, `/`, `:?`…).
 */
export function expandWord(word: string, lookup: (name: string) => string | undefined, escapeChar: string): string | undefined {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === escapeChar && quote !== "'") {
      if (i + 1 < word.length) out += word[++i];
      continue;
    }
    if ((ch === "'" && quote !== '"') || (ch === '"' && quote !== "'")) {
      quote = quote === ch ? undefined : ch;
      continue;
    }
    if (ch !== '$' || quote === "'") {
      out += ch;
      continue;
    }
    if (word[i + 1] === '{') {
      const close = closingBrace(word, i + 2, word.length, escapeChar);
      if (close < 0) return undefined;
      const nameEnd = nameEndAt(word, i + 2);
      const name = word.slice(i + 2, nameEnd);
      const rest = word.slice(nameEnd, close);
      const value = lookup(name);
      const modifier = /^(:[-+]|[-+])/.exec(rest)?.[0];
      if (!name || (rest && !modifier)) return undefined;
      if (!modifier) out += value ?? '';
      else {
        const alternative = expandWord(rest.slice(modifier.length), lookup, escapeChar);
        if (alternative === undefined) return undefined;
        const set = modifier.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
        if (modifier.endsWith('-')) out += set ? value : alternative;
        else out += set ? alternative : '';
      }
      i = close;
    } else if (word[i + 1] !== undefined && NAME_START.test(word[i + 1])) {
      const nameEnd = nameEndAt(word, i + 1);
      out += lookup(word.slice(i + 1, nameEnd)) ?? '';
      i = nameEnd - 1;
    } else out += ch;
  }
  return out;
}

export interface KeyValuePair {
  /** The key as written (quotes included, if any). */
  key: string;
  keySpan: Span;
  /** The value as written; undefined for a bare `ARG NAME`. */
  value: string | undefined;
  valueSpan: Span | undefined;
  /** Whole `key=value` (or `key value` in the legacy form). */
  span: Span;
}

export interface KeyValueList {
  pairs: KeyValuePair[];
  /** `ENV key value` / `LABEL key value`: one pair, separated by whitespace instead of `=`. */
  legacy: boolean;
  /** A word without `=` after the first pair: the frontend rejects the instruction. */
  missingEquals: { word: string; span: Span } | undefined;
}

/**
 * The pairs of an ENV, LABEL or ARG instruction, split as the frontend splits them: whitespace outside quotes
 * ends a word, the escape character protects the next character, and `key=value` words are split at the first `=`.
 * When the first word has no `=`, ENV and LABEL fall back to the legacy `key value` form.
 */
export function keyValuePairsOf(instruction: DockerInstruction, source: string, escapeChar: string): KeyValueList {
  const cached = pairsCache.get(instruction);
  if (cached && cached.source === source && cached.escapeChar === escapeChar) return cached.list;
  const moved = movedPairs.get(instruction);
  const list = moved && moved.escapeChar === escapeChar ? withMovedSpans(moved.list, moved.delta) : splitKeyValuePairs(instruction, source, escapeChar);
  pairsCache.set(instruction, { source, escapeChar, list });
  return list;
}

/** Several rules ask for the pairs of the same instruction in one run: split each once (the result is read-only). */
const pairsCache = new WeakMap<DockerInstruction, { source: string; escapeChar: string; list: KeyValueList }>();

/** Pairs of an unchanged instruction in an earlier version of the document, and how far the edit moved it. */
const movedPairs = new WeakMap<DockerInstruction, { list: KeyValueList; escapeChar: string; delta: number }>();

/** `copy` is `original` moved by `delta` in an edited document (see dockerfile-reparse.ts): its pairs carry over. */
export function carryKeyValuePairs(original: DockerInstruction, copy: DockerInstruction, delta: number): void {
  const cached = pairsCache.get(original);
  const earlier = cached ? { list: cached.list, escapeChar: cached.escapeChar, delta: 0 } : movedPairs.get(original);
  if (earlier) movedPairs.set(copy, { ...earlier, delta: earlier.delta + delta });
}

function splitKeyValuePairs(instruction: DockerInstruction, source: string, escapeChar: string): KeyValueList {
  const empty: KeyValueList = { pairs: [], legacy: false, missingEquals: undefined };
  const argsSpan = instruction.argsSpan;
  if (!argsSpan) return empty;
  const joined = removeContinuations(source.slice(argsSpan.start, argsSpan.end), escapeChar);
  const toSource = (offset: number) => argsSpan.start + joined.toSource(offset);
  const spanOf = (from: number, to: number): Span => ({ start: toSource(from), end: toSource(to - 1) + 1 });
  const words = splitWords(joined.text, escapeChar);
  if (words.length === 0) return empty;

  const first = words[0];
  if (instruction.keyword !== 'ARG' && !first.text.includes('=')) {
    const rest = joined.text.slice(first.end);
    const valueStart = first.end + (rest.length - rest.trimStart().length);
    const valueEnd = joined.text.trimEnd().length;
    const hasValue = valueEnd > valueStart;
    const pair: KeyValuePair = {
      key: first.text,
      keySpan: spanOf(first.start, first.end),
      value: hasValue ? joined.text.slice(valueStart, valueEnd) : undefined,
      valueSpan: hasValue ? spanOf(valueStart, valueEnd) : undefined,
      span: spanOf(first.start, hasValue ? valueEnd : first.end),
    };
    return { pairs: [pair], legacy: true, missingEquals: undefined };
  }

  const pairs: KeyValuePair[] = [];
  let missingEquals: KeyValueList['missingEquals'];
  for (const word of words) {
    const eq = word.text.indexOf('=');
    if (eq < 0) {
      if (instruction.keyword === 'ARG') {
        pairs.push({ key: word.text, keySpan: spanOf(word.start, word.end), value: undefined, valueSpan: undefined, span: spanOf(word.start, word.end) });
      } else missingEquals ??= { word: word.text, span: spanOf(word.start, word.end) };
      continue;
    }
    const valueStart = word.start + eq + 1;
    pairs.push({
      key: word.text.slice(0, eq),
      keySpan: eq > 0 ? spanOf(word.start, word.start + eq) : { start: toSource(word.start), end: toSource(word.start) },
      value: word.text.slice(eq + 1),
      valueSpan: word.end > valueStart ? spanOf(valueStart, word.end) : { start: toSource(valueStart - 1) + 1, end: toSource(valueStart - 1) + 1 },
      span: spanOf(word.start, word.end),
    });
  }
  return { pairs, legacy: false, missingEquals };
}

export interface RawWord {
  text: string;
  start: number;
  end: number;
}

/** Splits on whitespace outside quotes; quotes and escapes stay in the words, as in the frontend's parser. */
export function splitWords(text: string, escapeChar: string): RawWord[] {
  const words: RawWord[] = [];
  let start = -1;
  let quote: string | undefined;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || (!quote && /\s/.test(ch))) {
      if (start >= 0) words.push({ text: text.slice(start, i), start, end: i });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (ch === escapeChar && quote !== "'" && i + 1 < text.length) i++;
    else if (ch === "'" || ch === '"') quote = quote === ch ? undefined : (quote ?? ch);
  }
  return words;
}

/** Removes the quotes and escapes of a key as written (`"com.example.name"` → `com.example.name`). */
export function unquote(word: string, escapeChar: string): string {
  return expandWord(word, () => undefined, escapeChar) ?? word;
}

export interface GlobalArg {
  name: string;
  /** The default after expanding earlier global ARGs; undefined when the ARG has none. */
  value: string | undefined;
  /** False when the default uses a modifier we do not evaluate: its value is unknown. */
  known: boolean;
}

/** Global ARGs (declared before the first FROM) by name; a later declaration replaces an earlier one. */
export function globalArgsOf(model: DockerfileModel): Map<string, GlobalArg> {
  const args = new Map<string, GlobalArg>();
  const lookup = (name: string) => args.get(name)?.value;
  for (const arg of model.globalArgs) {
    for (const pair of keyValuePairsOf(arg, model.text, model.escapeChar).pairs) {
      const value = pair.value === undefined ? undefined : expandWord(pair.value, lookup, model.escapeChar);
      const known = pair.value === undefined || value !== undefined;
      args.set(pair.key, { name: pair.key, value: known ? value : undefined, known });
    }
  }
  return args;
}
