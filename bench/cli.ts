/** Whole-process CLI time: each tool started as a fresh Node process on the same copies of the corpus files. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
  /** Median wall-clock milliseconds. */
  ms: number;
  /** Median CPU milliseconds (user + system), which other work on a busy machine distorts far less; NaN if unknown. */
  cpuMs: number;
  /** Exit status of the last run (linters exit 1 when they find something; anything else is worth a look). */
  status: number | null;
  stderr: string;
}

/** GNU time reports the child's CPU time on its last stderr line. */
const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

/**
 * Median wall and CPU time of `runs` runs of each `node <args>`, the commands taking turns (one run of each, then
 * again), so that changing load on a shared machine falls on all of them alike.
 */
export function timeProcesses<K extends string>(commands: Record<K, string[]>, runs: number): Record<K, ProcessTiming> {
  const names = Object.keys(commands) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, { times: [] as number[], cpu: [] as number[], last: undefined as ReturnType<typeof spawnSync> | undefined }])) as Record<
    K,
    { times: number[]; cpu: number[]; last: ReturnType<typeof spawnSync> | undefined }
  >;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const args = commands[name];
      const [command, argv] = hasGnuTime ? [GNU_TIME, ['-f', 'cpu %U %S', process.execPath, ...args]] : [process.execPath, args];
      const started = performance.now();
      const result = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
      samples[name].times.push(performance.now() - started);
      const reported = /cpu (\d+\.\d+) (\d+\.\d+)\s*$/.exec(String(result.stderr ?? ''));
      samples[name].cpu.push(reported ? (Number(reported[1]) + Number(reported[2])) * 1000 : NaN);
      samples[name].last = result;
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const { times, cpu, last } = samples[name];
      const stderr = String(last?.stderr ?? '').replace(/cpu \d+\.\d+ \d+\.\d+\s*$/, '');
      return [name, { ms: median(times), cpuMs: median(cpu), status: last?.status ?? null, stderr: stderr.slice(0, 500) }];
    }),
  ) as Record<K, ProcessTiming>;
}
