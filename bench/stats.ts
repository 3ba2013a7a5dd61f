/** Small statistics and formatting helpers for the benchmark. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export interface Latency {
  p50: number;
  p90: number;
  p99: number;
  n: number;
}

export function latency(samples: readonly number[]): Latency {
  return { p50: percentile(samples, 50), p90: percentile(samples, 90), p99: percentile(samples, 99), n: samples.length };
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

export const mbps = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} MB/s` : '—');
export const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : '—');
export const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');

/** "4.2× faster" / "1.3× slower": how ours compares with the peer, for a metric where lower is better. */
export function ratioLowerIsBetter(ours: number, peer: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || ours <= 0 || peer <= 0) return '—';
  return ours <= peer ? `${(peer / ours).toFixed(1)}× faster` : `${(ours / peer).toFixed(1)}× slower`;
}

/** For a metric where higher is better (throughput). */
export function ratioHigherIsBetter(ours: number, peer: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || ours <= 0 || peer <= 0) return '—';
  return ours >= peer ? `${(ours / peer).toFixed(1)}× faster` : `${(peer / ours).toFixed(1)}× slower`;
}

/** For sizes and memory: lower is better, but "smaller/larger" reads better than "faster". */
export function ratioSize(ours: number, peer: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || ours <= 0 || peer <= 0) return '—';
  return ours <= peer ? `${(peer / ours).toFixed(1)}× smaller` : `${(ours / peer).toFixed(1)}× larger`;
}

/** A Markdown table with aligned columns (reads well in a terminal too). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
