/**
 * Compose formatting: an indentation fix and nothing else. Each nesting level gets one step (the editor's tab size)
 * more than its parent; a sequence written at its key's column stays there, and what follows `- ` keeps its place
 * relative to the dash. Only leading spaces change, so comments, anchors, quoting and numbers stay byte-for-byte, and
 * the result is checked: it must parse to the same data with no new error, or nothing is changed.
 */
import type { Edit, Span } from '../model';
import type { ParsedDocument } from '../document';
import { parseCompose } from '../parse/compose';
import { LineIndex } from '../text/line-index';
import { applyEdits } from '../fix/apply';

interface Level {
  actual: number;
  desired: number;
  /** The column after a `- `, where the item's value starts. */
  afterDash?: boolean;
}

const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][+-]?[1-9]?[+-]?[ \t]*(?:#.*)?$/;

export function formatCompose(document: ParsedDocument, tabSize: number, range?: Span): Edit[] {
  const model = document.compose;
  const { text, lines } = document;
  if (!model || model.problems.some((p) => p.level === 'error') || /^[ ]*\t/m.test(text)) return [];
  const unit = Math.max(1, Math.min(8, Math.floor(tabSize) || 2));
  const edits: Edit[] = [];
  const stack: Level[] = [];
  /** While inside a block scalar: its header's indentation and desired indentation, and the shift its content gets. */
  let scalar: { indent: number; desired: number; explicit: boolean; shift: number | undefined; contentIndent: number } | undefined;
  /** Comment lines waiting for the next line: they follow it when they are indented like it. */
  let comments: { start: number; indent: number }[] = [];
  /** Where each top-level entry starts: range formatting re-indents whole entries (a part alone would not parse alike). */
  const blockStarts: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const content = text.slice(start, lines.lineEnd(line));
    const indent = /^ */.exec(content)![0].length;
    const rest = content.slice(indent);
    if (scalar && (rest === '' || indent > scalar.indent)) {
      // The content moves as a block, its first line one step inside the header (an explicit indentation
      // indicator fixes the distance: then it moves with the header). Spaces beyond the content's indentation on
      // an otherwise empty line are content too.
      if (rest !== '' && scalar.shift === undefined) {
        scalar.shift = scalar.explicit ? scalar.desired - scalar.indent : scalar.desired + unit - indent;
        scalar.contentIndent = indent;
      }
      if (scalar.shift !== undefined && (rest !== '' || indent > scalar.contentIndent)) reindent(edits, start, indent, indent + scalar.shift);
      continue;
    }
    scalar = undefined;
    if (rest.startsWith('#')) {
      comments.push({ start, indent });
      continue;
    }
    if (rest === '' || rest.startsWith('---') || rest.startsWith('...') || rest.startsWith('%')) continue;
    let closed: Level | undefined;
    while (stack.length > 0 && stack[stack.length - 1].actual > indent) closed = stack.pop();
    if (stack.length === 0 || indent <= stack[0].actual) blockStarts.push(start);
    const top = stack[stack.length - 1];
    const desired = desiredIndent(top, closed, indent, unit);
    if (!top || top.actual !== indent) stack.push({ actual: indent, desired });
    for (const comment of comments) if (comment.indent === indent) reindent(edits, comment.start, indent, desired);
    comments = [];
    reindent(edits, start, indent, desired);
    // What follows `- ` (and `- - `) is a level of its own, at the same distance from the dash.
    for (let dash = /^(- +)/.exec(rest), at = indent; dash; ) {
      at += dash[1].length;
      stack.push({ actual: at, desired: desired + (at - indent), afterDash: true });
      dash = /^(- +)/.exec(content.slice(at));
    }
    const header = BLOCK_SCALAR_HEADER.exec(rest);
    if (header) scalar = { indent, desired, explicit: /[1-9]/.test(header[0]), shift: undefined, contentIndent: 0 };
  }
  edits.sort((a, b) => a.span.start - b.span.start);
  const first = range && blockOf(blockStarts, lines.lineStart(lines.positionAt(range.start).line));
  const last = range && blockOf(blockStarts, range.end);
  const chosen = range ? edits.filter((e) => blockOf(blockStarts, e.span.start) >= first! && blockOf(blockStarts, e.span.start) <= last!) : edits;
  return chosen.length > 0 && sameData(document, chosen) ? chosen : [];
}

/** Where a line at `indent` goes, given the innermost level still open and the outermost one the line closed. */
function desiredIndent(top: Level | undefined, closed: Level | undefined, indent: number, unit: number): number {
  if (!top) return indent;
  // A line indented past a dash but short of the column after it (` b` under `- a`, ` key: v` under `- &anchor`) is
  // still inside the item: it goes where that column goes. One step inside the dash instead could land at or past
  // the column, where a second pass would take it for a level deeper and indent it again.
  if (closed?.afterDash && top.actual < indent) return closed.desired;
  return top.actual === indent ? top.desired : top.desired + unit;
}

function reindent(edits: Edit[], lineStart: number, actual: number, desired: number): void {
  if (desired !== actual && desired >= 0) edits.push({ span: { start: lineStart, end: lineStart + actual }, text: ' '.repeat(desired) });
}

/** Index of the top-level entry an offset is in (-1 before the first). */
function blockOf(blockStarts: number[], offset: number): number {
  let i = -1;
  while (i + 1 < blockStarts.length && blockStarts[i + 1] <= offset) i++;
  return i;
}

/** The formatted text parses without errors to the same data (anchors and merge keys resolved). */
function sameData(document: ParsedDocument, edits: Edit[]): boolean {
  const after = applyEdits(document.text, edits);
  try {
    const formatted = parseCompose(after, new LineIndex(after));
    if (formatted.problems.some((p) => p.level === 'error')) return false;
    const data = (parsed: { document: { toJS(options: { maxAliasCount: number }): unknown } }) => JSON.stringify(parsed.document.toJS({ maxAliasCount: 1000 }));
    return data(document.compose!) === data(formatted);
  } catch {
    return false;
  }
}
