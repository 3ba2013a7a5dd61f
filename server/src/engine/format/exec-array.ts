/**
 * Exec-form spacing: `["a","b"]` → `["a", "b"]`, `[ "a" ]` → `["a"]`. Only the whitespace between the JSON tokens
 * changes (JSON ignores it, so the array means the same); the strings stay byte-for-byte. Anything that is not a JSON
 * array of strings on one line is shell form to the frontend (single quotes included) and is left alone.
 */
import type { Edit } from '../model';

/** Edits normalising the array that spans exactly `text[start, end)`; none when it is not a one-line JSON string array. */
export function execArrayEdits(text: string, start: number, end: number): Edit[] {
  const source = text.slice(start, end);
  if (!source.startsWith('[') || !source.endsWith(']') || /[\r\n]/.test(source) || !isStringArray(source)) return [];
  const edits: Edit[] = [];
  /** Whitespace from `from` is replaced by `wanted`; returns where it ends. */
  const gap = (from: number, wanted: string): number => {
    let to = from;
    while (to < end && (text[to] === ' ' || text[to] === '\t')) to++;
    if (text.slice(from, to) !== wanted) edits.push({ span: { start: from, end: to }, text: wanted });
    return to;
  };
  let i = gap(start + 1, ''); // after `[`
  while (text[i] === '"') {
    i = gap(stringEnd(text, i), '');
    if (text[i] !== ',') break;
    i = gap(i + 1, ' ');
  }
  return edits;
}

function isStringArray(source: string): boolean {
  try {
    const value: unknown = JSON.parse(source);
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/** Offset after the JSON string starting at `at` (a `"`). */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
