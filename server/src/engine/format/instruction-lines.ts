/**
 * The physical lines of one instruction's logical line: its first line and the continuation lines the escape character
 * joins to it. Lines of the instruction after these are heredoc bodies and delimiters, which formatting never touches.
 */
import type { LineIndex } from '../text/line-index';

export interface InstructionLine {
  line: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the end of the line's content (before its line break). */
  end: number;
  /** `first`: the line the keyword is on; `comment` and `blank` lines inside a continuation are dropped by the frontend. */
  kind: 'first' | 'content' | 'comment' | 'blank';
  /** Leading spaces and tabs. */
  indent: string;
  /** The line ends with the escape character (and optional spaces or tabs): the next line continues it. */
  continued: boolean;
}

const INDENT = /^[ \t]*/;

/** Lines `firstLine`…`lastLine` (the instruction's span) that belong to its logical line, in order. */
export function instructionLines(text: string, lines: LineIndex, firstLine: number, lastLine: number, escapeChar: string): InstructionLine[] {
  const result: InstructionLine[] = [];
  for (let line = firstLine; line <= lastLine; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const content = text.slice(start, end);
    const indent = INDENT.exec(content)![0];
    const rest = content.slice(indent.length);
    const kind = line === firstLine ? 'first' : rest === '' ? 'blank' : rest.startsWith('#') ? 'comment' : 'content';
    const continued = kind === 'first' || kind === 'content' ? endsWithEscape(content, escapeChar) : false;
    result.push({ line, start, end, kind, indent, continued });
    // Comment and blank lines keep the continuation going; a content line without the escape ends it.
    if ((kind === 'first' || kind === 'content') && !continued) break;
  }
  return result;
}

export function endsWithEscape(content: string, escapeChar: string): boolean {
  return content.slice(0, trailingBlanks(content)).endsWith(escapeChar);
}

/** The line's text as the frontend joins it: without the trailing escape character (and what follows it). */
export function joinedSegment(text: string, line: InstructionLine, escapeChar: string): string {
  const content = text.slice(line.start, line.end);
  if (!line.continued) return content;
  const trimmed = content.slice(0, trailingBlanks(content));
  return trimmed.slice(0, trimmed.length - escapeChar.length);
}

/** Where the spaces and tabs that end `content` start (a scan from the end: a regex would be quadratic on long runs). */
export function trailingBlanks(content: string): number {
  let i = content.length;
  while (i > 0 && (content[i - 1] === ' ' || content[i - 1] === '\t')) i--;
  return i;
}

/** State of a shell-like lexer, carried across the joined segments of one instruction. */
export interface QuoteState {
  quote: '' | '"' | "'";
  /** The last character was an unquoted or double-quoted escape: the next one is literal. */
  escaped: boolean;
  /** The last character was whitespace between words (unquoted, unescaped). */
  separated: boolean;
}

export const START: QuoteState = { quote: '', escaped: false, separated: false };

/**
 * Advances the lexer over `segment`. `escapeChar` is the escape inside words (the directive's, as the frontend's own
 * word lexer uses). Good enough to tell whether a line break falls inside quotes; an unbalanced result means "unsure".
 */
export function lexQuotes(state: QuoteState, segment: string, escapeChar: string): QuoteState {
  let { quote, escaped, separated } = state;
  for (const ch of segment) {
    separated = !escaped && quote === '' && (ch === ' ' || ch === '\t');
    if (escaped) {
      escaped = false;
    } else if (quote === "'") {
      if (ch === "'") quote = '';
    } else if (ch === escapeChar) {
      escaped = true;
    } else if (quote === '"') {
      if (ch === '"') quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    }
  }
  return { quote, escaped, separated };
}

/** Visual width of `text` starting at column `from`, tabs advancing to the next tab stop. */
export function visualWidth(text: string, tabSize: number, from = 0): number {
  let width = from;
  for (const ch of text) width = ch === '\t' ? width + tabSize - (width % tabSize) : width + 1;
  return width;
}
