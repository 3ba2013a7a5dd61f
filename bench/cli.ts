/** Whole-process CLI time: each tool started as a fresh Node process on the same copies of the corpus files. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CorpusFile } from './inputs';
import { REPO_ROOT } from './inputs';
import { median } from './stats';

export const OUR_CLI = join(REPO_ROOT, 'dist', 'cli.js');
export const DCLINT = join(REPO_ROOT, 'node_modules', 'dclint', 'bin', 'dclint.cjs');

/** Copies the files under the names the tools look for (`<n>/Dockerfile`, `<n>/compose.yaml`); returns the paths. */
export function materialise(files: readonly CorpusFile[], fileName: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-bench-'));
  return files.map((file, i) => {
    const sub = join(dir, String(i).padStart(3, '0'));
    mkdirSync(sub);
    writeFileSync(join(sub, fileName), file.text);
    return join(sub, fileName);
  });
}

export interface ProcessTiming {
  ms: number;
  /** Exit status of the last run (linters exit 1 when they find something; anything else is worth a look). */
  status: number | null;
  stderr: string;
}

/** Median wall time of `runs` runs of `node <args>`. */
export function timeProcess(args: string[], runs: number): ProcessTiming {
  const times: number[] = [];
  let last: ReturnType<typeof spawnSync> | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    times.push(performance.now() - started);
  }
  return { ms: median(times), status: last?.status ?? null, stderr: String(last?.stderr ?? '').slice(0, 500) };
}
