/** Durations in the syntax of Go's `time.ParseDuration`, which the builder uses for HEALTHCHECK flags. */

const UNIT_MS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export type DurationResult = { ok: true; milliseconds: number } | { ok: false; reason: 'missingUnit' | 'unknownUnit' | 'malformed' };

/** `30s`, `1m30s`, `1.5h`, `0`; a number without a unit (other than 0) is an error, as in Go. */
export function parseGoDuration(text: string): DurationResult {
  let rest = text.replace(/^[+-]/, '');
  const negative = text.startsWith('-');
  if (rest === '0') return { ok: true, milliseconds: 0 };
  if (rest === '') return { ok: false, reason: 'malformed' };
  let total = 0;
  while (rest.length > 0) {
    const match = /^(\d+\.?\d*|\.\d+)([^\d.]*)/.exec(rest);
    if (!match) return { ok: false, reason: 'malformed' };
    const [whole, number, unit] = match;
    if (unit === '') return { ok: false, reason: 'missingUnit' };
    const scale = UNIT_MS[unit];
    if (scale === undefined) return { ok: false, reason: 'unknownUnit' };
    total += Number(number) * scale;
    rest = rest.slice(whole.length);
  }
  return { ok: true, milliseconds: negative ? -total : total };
}
