/**
 * Copies of derived data (a RUN's parsed commands, …) for an instruction that an edit only moved: every span moves
 * by `delta`, everything else is shared. Re-parsing an edited document (dockerfile-reparse.ts) copies unchanged
 * instructions with moved spans; what was derived from them carries over this way instead of being derived again.
 */
import type { Span } from '../model';

/** A deep copy of plain data with every `{ start, end }` moved by `delta`; shared objects stay shared in the copy. */
export function withMovedSpans<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const seen = copies.get(v);
    if (seen !== undefined) return seen;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      for (const item of v) out.push(copy(item));
      return out;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    const record = v as Record<string, unknown>;
    if (isSpan(record)) {
      const moved: Span = { start: record.start + delta, end: record.end + delta };
      copies.set(v, moved);
      return moved;
    }
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const key in record) out[key] = copy(record[key]);
    return out;
  };
  return copy(value) as T;
}

function isSpan(record: Record<string, unknown>): record is Record<string, unknown> & Span {
  if (typeof record.start !== 'number' || typeof record.end !== 'number') return false;
  let keys = 0;
  for (const _ in record) keys++;
  return keys === 2;
}
