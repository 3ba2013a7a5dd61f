/**
 * Where the cursor is in a Compose file, read from the text's indentation rather than the YAML tree: while someone
 * types, the file is usually not valid YAML (`    hea` under a service is a scalar, not a key), yet the lines
 * above still say which mapping the cursor is in.
 */
import type { Span } from '../../model';
import type { PathSegment } from '../paths';

export interface CompletionContext {
  /** Path of the mapping (or list) the cursor's entry belongs to; `0` stands for "some list item". */
  parent: PathSegment[];
  /** `key`: a key of the mapping at `parent`; `value`: the value of `key`; `item`: an item of the list at `parent`. */
  mode: 'key' | 'value' | 'item';
  /** For `value`: the key whose value is typed. */
  key?: string;
  /** The word typed so far, replaced by the completion. */
  prefix: string;
  span: Span;
  /** Column where keys of the cursor's mapping start (for sibling keys and snippets). */
  column: number;
  /** Keys already present in the cursor's mapping. */
  siblings: Set<string>;
}

interface Line {
  start: number;
  text: string;
}

/** A line's entry: `- - key: value` → dashes at 0, 2; key at 4. */
interface Entry {
  /** Column of the first dash, or of the key when there is none. */
  column: number;
  /** Column of the key or scalar after the dashes. */
  contentColumn: number;
  dashed: boolean;
  key?: string;
  /** Text after `key:` (trimmed), empty when the value is on the next lines. */
  rest: string;
}

const ENTRY = /^( *)((?:- +)*)(?:([^\s#:'"][^:#]*?|"[^"]*"|'[^']*') *:(?: +|$)(.*)|(.*))$/;

function entryOf(text: string): Entry | undefined {
  if (/^\s*(#|$)/.test(text)) return undefined;
  const m = ENTRY.exec(text.replace(/\t/g, ' '));
  if (!m) return undefined;
  const column = m[1].length;
  const dashes = m[2];
  const key = m[3]?.replace(/^["']|["']$/g, '');
  // An anchor or tag alone (`x-base: &base`, `env: !override`) still opens a block on the next lines.
  const rest = (m[4] ?? '').replace(/\s+#.*$/, '').replace(/^(?:[&!]\S*\s*)+/, '').trim();
  return { column, contentColumn: column + dashes.length, dashed: dashes.length > 0, key, rest };
}

function linesBefore(text: string, lineStart: number): Line[] {
  const out: Line[] = [];
  let end = lineStart - 1;
  while (end >= 0) {
    let start = end;
    while (start > 0 && text[start - 1] !== '\n') start--;
    out.push({ start, text: text.slice(start, end).replace(/\r$/, '') });
    end = start - 1;
  }
  return out;
}

/**
 * The path of the mapping whose keys start at `column`, found by walking up to each less-indented owner line.
 * `dashed` says the cursor's entry itself starts with `- ` (a list item at `column`).
 */
function parentPath(text: string, lineStart: number, column: number, dashed: boolean): PathSegment[] {
  const path: PathSegment[] = [];
  let target = column;
  let item = dashed;
  for (const line of linesBefore(text, lineStart)) {
    const entry = entryOf(line.text);
    if (!entry) continue;
    // A sibling entry of the same list item (`- target: 80` above `  published: …`): we are inside that item.
    if (!item && entry.dashed && entry.contentColumn === target && entry.column < target) {
      path.unshift(0);
      target = entry.column;
      item = true;
      continue;
    }
    const ownsItem = item && entry.key !== undefined && entry.rest === '' && !entry.dashed && entry.column <= target;
    if (entry.contentColumn >= target && !ownsItem) continue;
    if (entry.key === undefined || entry.rest !== '') return path; // a scalar above us: not a parent
    path.unshift(entry.key);
    if (entry.dashed) {
      path.unshift(0);
      target = entry.column;
      item = true;
    } else {
      target = entry.column;
      item = false;
    }
    if (target === 0 && !item) break;
  }
  return path;
}

/** Keys at `column` in the block the cursor is in (above and below it). */
function siblingKeys(text: string, lineStart: number, column: number): Set<string> {
  const keys = new Set<string>();
  const scan = (lines: Line[]) => {
    for (const line of lines) {
      const entry = entryOf(line.text);
      if (!entry) continue;
      if (entry.contentColumn < column || (entry.dashed && entry.contentColumn === column)) {
        if (entry.dashed && entry.contentColumn === column && entry.key) keys.add(entry.key);
        break;
      }
      if (entry.contentColumn === column && entry.key) keys.add(entry.key);
    }
  };
  scan(linesBefore(text, lineStart));
  const after: Line[] = [];
  let start = text.indexOf('\n', lineStart);
  while (start >= 0 && start < text.length) {
    const end = text.indexOf('\n', start + 1);
    after.push({ start: start + 1, text: text.slice(start + 1, end < 0 ? text.length : end).replace(/\r$/, '') });
    start = end;
  }
  scan(after);
  return keys;
}

export function completionContext(text: string, offset: number): CompletionContext | undefined {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  const before = text.slice(lineStart, offset).replace(/\t/g, ' ');
  if (/(^|\s)#/.test(before)) return undefined;
  const word = (m: string) => ({ prefix: m, span: { start: offset - m.length, end: offset } });

  // `    hea`, `  - tar`: a key of this mapping, or an item of this list.
  const keyLike = /^( *)((?:- +)*)([\w.-]*)$/.exec(before);
  if (keyLike) {
    const column = keyLike[1].length + keyLike[2].length;
    const dashed = keyLike[2].length > 0;
    const dashColumn = keyLike[1].length;
    const parent = parentPath(text, lineStart, dashed ? dashColumn : column, dashed);
    return { parent, mode: dashed ? 'item' : 'key', column, siblings: dashed ? new Set() : siblingKeys(text, lineStart, column), ...word(keyLike[3]) };
  }
  // `    restart: un`, `  - condition: serv`, `    depends_on: [db, ca`
  const valueLike = /^( *)((?:- +)*)([\w.-]+) *: *(\[(?:[^\]]*, *)?)?["']?([^"'\s,[\]]*)$/.exec(before);
  if (valueLike) {
    const column = valueLike[1].length + valueLike[2].length;
    const dashed = valueLike[2].length > 0;
    let parent = parentPath(text, lineStart, dashed ? valueLike[1].length : column, dashed);
    if (dashed) parent = [...parent, 0];
    const key = valueLike[3];
    if (valueLike[4] !== undefined) return { parent: [...parent, key], mode: 'item', column, siblings: new Set(), ...word(valueLike[5]) };
    return { parent, mode: 'value', key, column, siblings: new Set(), ...word(valueLike[5]) };
  }
  return undefined;
}
