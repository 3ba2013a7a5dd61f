/**
 * Whether a text is worth analysing at all. Hostile or accidental input (a 10 MB log opened as a Dockerfile, a binary,
 * an instruction continued over 100,000 lines) would stall the parser, whose cost grows faster than the size of one
 * instruction. Such a document gets one clear finding instead of a parse; the checks here are linear scans.
 */
import type { Language } from '../model';

/** UTF-16 code units. Large enough for a 5,000-service Compose file (about 1.4 MB). */
export const MAX_ANALYSED_LENGTH = 2 * 1024 * 1024;
/** Lines one Dockerfile instruction may span (continuations and here-document bodies). */
export const MAX_INSTRUCTION_LINES = 2000;
/**
 * Nesting of YAML collections, flow (`[[[…]]]`, `{a: {b: …}}`) or block (indentation, `- - -`). The yaml package
 * recurses once or more per level: a `[` nested 1,000 deep overflows the stack in a fresh process, and from about
 * 500 whether it does depends on how deep the caller's stack already is, so the answer would depend on chance. No
 * real Compose file comes near this (the shared corpus nests at most 9 levels).
 */
export const MAX_YAML_DEPTH = 256;
/** Keys on one YAML line (`a: b: c: …`, each nested in the one before): the parser's time grows with their number. */
export const MAX_KEYS_ON_A_LINE = 100;

export interface Unanalysable {
  /** `too-complex`: a parser gave up (see document.ts). */
  reason: 'too-large' | 'binary' | 'too-complex';
  message: string;
}

/** `lineCount` lets the per-line scan be skipped for files too short to hold an over-long instruction. */
export function unanalysable(text: string, language: Language, lineCount: number): Unanalysable | undefined {
  if (text.length > MAX_ANALYSED_LENGTH) {
    return { reason: 'too-large', message: tooLargeMessage(text.length) };
  }
  if (looksBinary(text)) {
    return { reason: 'binary', message: 'Not a text file: it contains NUL or other control characters, so it looks like binary data. Shipshape does not analyse it.' };
  }
  if (language === 'dockerfile') {
    if (lineCount <= MAX_INSTRUCTION_LINES) return undefined;
    const long = longestInstruction(text);
    if (long.lines > MAX_INSTRUCTION_LINES) {
      return { reason: 'too-large', message: `File too large to analyse: the instruction on line ${long.firstLine + 1} runs over ${long.lines} lines (Shipshape analyses instructions up to ${MAX_INSTRUCTION_LINES} lines).` };
    }
  } else if (flowDepth(text) > MAX_YAML_DEPTH || blockDepth(text) > MAX_YAML_DEPTH) {
    return { reason: 'too-large', message: `File too large to analyse: its YAML is nested more than ${MAX_YAML_DEPTH} levels deep.` };
  } else {
    const keys = mostKeysOnALine(text);
    if (keys.count > MAX_KEYS_ON_A_LINE) {
      return { reason: 'too-complex', message: `File too complex to analyse: line ${keys.line + 1} nests ${keys.count} keys (\`a: b: c: …\`; Shipshape analyses up to ${MAX_KEYS_ON_A_LINE} on a line).` };
    }
  }
  return undefined;
}

const megabytes = (length: number) => `${(length / 1024 / 1024).toFixed(1)} MB`;

/** `size` in characters, or in bytes where only the file size is known (the CLI refuses a huge file before reading it). */
export function tooLargeMessage(size: number): string {
  return `File too large to analyse (${megabytes(size)}; Shipshape analyses files up to ${megabytes(MAX_ANALYSED_LENGTH)}).`;
}

/** A NUL anywhere, or more than 10% control characters (other than tab, line breaks, form feed, escape) in the first 8 KB. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) || c === 0xfffd) control++;
  }
  return sample > 0 && control / sample > 0.1;
}

/**
 * The most lines any one instruction spans, counted generously: a run of lines ending in `\` or `` ` `` (either may be
 * the escape character), and a here-document from its `<<WORD` line to the line holding only WORD (or to the end).
 */
function longestInstruction(text: string): { lines: number; firstLine: number } {
  let longest = { lines: 0, firstLine: 0 };
  let runStart = 0;
  let heredocEnd: string | undefined;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end).replace(/\r$/, '');
    const continues = heredocEnd !== undefined ? content.replace(/^\t+/, '') !== heredocEnd : /[\\`][ \t]*$/.test(content);
    if (heredocEnd === undefined) heredocEnd = /^\s*#/.test(content) ? undefined : /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)/.exec(content)?.[1];
    else if (!continues) heredocEnd = undefined;
    const stillOpen = continues || heredocEnd !== undefined;
    if (line - runStart + 1 > longest.lines) longest = { lines: line - runStart + 1, firstLine: runStart };
    if (!stillOpen) runStart = line + 1;
    start = end + 1;
  }
  return longest;
}

/** The deepest nesting of `[`/`{` outside quotes and comments (an approximation; it only has to bound the parser's work). */
function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\n') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? text.length : newline;
    } else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/**
 * A `[` or `{` starts a flow collection only where a node starts: at the line's start, after `: `, `- ` or `? `, and
 * inside a flow collection after `,`, `[`, `{` or `:`. Elsewhere (`k:{`, `a[0]`) it is part of a plain scalar.
 */
function opensFlow(previous: string, before: string | undefined, flow: number): boolean {
  if (previous === '') return true;
  if (flow > 0) return ',[{:'.includes(previous);
  return (previous === ':' || previous === '-' || previous === '?') && (before === ' ' || before === '\t');
}

/**
 * The deepest nesting of block collections: a line indented past the lines it follows opens a level, and so does each
 * `- ` that starts a line's content (`- - a`). Over-counts inside block scalars, which is harmless at this bound.
 */
function blockDepth(text: string): number {
  const columns: number[] = [];
  let deepest = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    if (i < end && text[i] !== '#' && text[i] !== '\r') {
      while (columns.length > 0 && columns[columns.length - 1] >= i - start) columns.pop();
      columns.push(i - start);
      while (text[i] === '-' && text[i + 1] === ' ') {
        i += 2;
        while (text[i] === ' ') i++;
        columns.push(i - start);
      }
      deepest = Math.max(deepest, columns.length);
    }
    start = end + 1;
  }
  return deepest;
}

/**
 * The most `key:` indicators on one line of YAML (a colon followed by a space or the line's end), outside quotes,
 * comments, flow collections and block scalars: each one opens a mapping inside the previous one.
 */
function mostKeysOnALine(text: string): { count: number; line: number } {
  let most = { count: 0, line: 0 };
  let blockIndent = -1;
  let line = 0;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end);
    start = end + 1;
    const indent = /^ */.exec(content)![0].length;
    if (blockIndent >= 0 && (content.trim() === '' || indent > blockIndent)) continue;
    blockIndent = -1;
    let count = 0;
    let quote = '';
    let flow = 0;
    // The last character before `i` that is not a blank ('' at the line's start): where a node may start.
    let previous = '';
    for (let i = indent; i < content.length; i++) {
      const c = content[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if ((c === '"' || c === "'") && (i === indent || /[ \t[{,]/.test(content[i - 1]))) quote = c;
      else if (c === '#' && (i === 0 || content[i - 1] === ' ' || content[i - 1] === '\t')) break;
      else if ((c === '[' || c === '{') && opensFlow(previous, content[i - 1], flow)) flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      else if (c === ':' && flow === 0 && (i + 1 === content.length || /[ \t\r]/.test(content[i + 1]))) count++;
      if (c !== ' ' && c !== '\t') previous = c;
    }
    if (count > most.count) most = { count, line };
    // `key: |` or `key: >-`: the more indented lines after it are text, whatever they hold.
    if (/[|>][-+0-9]*[ \t]*(#.*)?\r?$/.test(content)) blockIndent = indent;
  }
  return most;
}
