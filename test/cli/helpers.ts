/** Running the bundled CLI (dist/cli.js) as a process on files in a temporary directory. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function shipshape(args: string[], cwd: string, options: { input?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env, input: options.input ?? '', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary directory holding the files (paths relative to it, `/`-separated). */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A project that is a repository root (config lookup stops there). */
export function repo(files: Record<string, string>): string {
  const dir = project(files);
  mkdirSync(join(dir, '.git'), { recursive: true });
  return dir;
}

interface JsonFile {
  file: string;
  error?: string;
  findings: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; fixable: boolean }[];
}

export function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[];
}

/** `file ruleId severity` per finding, for compact assertions. */
export function findingList(stdout: string): string[] {
  return parseJson(stdout).flatMap((f) => f.findings.map((x) => `${f.file} ${x.ruleId} ${x.severity}`));
}

/**
 * Compares with test/cli/snapshots/<name>; `UPDATE_SNAPSHOTS=1` rewrites it (review the diff: a rule's wording
 * changing is expected, a format changing must be deliberate).
 */
export function matchesSnapshot(name: string, actual: string): void {
  const path = join(__dirname, 'snapshots', name);
  if (process.env.UPDATE_SNAPSHOTS) {
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `snapshot ${name} is missing: run the test with UPDATE_SNAPSHOTS=1 and commit it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `snapshot ${name} differs (UPDATE_SNAPSHOTS=1 rewrites it)`);
}
