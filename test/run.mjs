// Runs every test file with node's built-in runner (TypeScript through tsx). Node 20's `--test` takes no
// globs, so the files are collected here. Test files: `*.test.ts` beside the code and under test/.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-output']);

// test/vscode holds mocha suites for the VS Code extension host; they run inside code-server (npm run test:e2e).
const SKIP_PATHS = new Set([join(root, 'test', 'vscode')]);

function collect(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (SKIP_PATHS.has(full)) continue;
    if (entry.isDirectory()) collect(full, out);
    else if (entry.name.endsWith('.test.ts')) out.push(relative(root, full));
  }
  return out;
}

const files = [...collect(join(root, 'server')), ...collect(join(root, 'test'))].sort();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
