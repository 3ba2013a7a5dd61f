/**
 * bench/results.md holds two generated sections, each replaced by its own writer: the benchmark's (`npm run bench`)
 * and the fuzzer's (`npm run fuzz`), so running one keeps the other's latest figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';

export const RESULTS_PATH = join(__dirname, 'results.md');
const TITLE = '# Shipshape benchmark and fuzz results\n\nGenerated: `npm run bench` writes the benchmark section, `npm run fuzz` the fuzz section. Do not edit by hand.\n';

export function updateResultsSection(name: 'bench' | 'fuzz', body: string): void {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  let text = existsSync(RESULTS_PATH) ? readFileSync(RESULTS_PATH, 'utf8') : TITLE;
  const block = `${begin}\n${body.trim()}\n${end}`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) text = text.slice(0, from) + block + text.slice(to + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  // The benchmark section comes first.
  writeFileSync(RESULTS_PATH, text);
}

/** Where and when a run happened, so figures from different runs are not compared blindly. */
export function environmentLines(): string[] {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${commit()}`,
    `- Node: ${process.version} on ${process.platform} ${release()}`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`,
    `- Load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')} — other work on the machine makes absolute figures noisy; ratios are measured side by side in the same run`,
  ];
}

function commit(): string {
  try {
    const root = join(__dirname, '..');
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    // Untracked files (scratch scripts) do not change the code measured; modified tracked files do.
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
