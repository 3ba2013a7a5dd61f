/** The engine stays pure: it bundles for the browser platform and pulls in nothing from LSP, VS Code or Node. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(__dirname, '..', '..');

test('the engine bundles for the browser platform without LSP, VS Code or Node modules', async () => {
  const result = await build({
    entryPoints: [join(root, 'server/src/engine/index.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((i) => /node_modules\/(vscode-languageserver\/|vscode-languageclient|vscode-jsonrpc)|(^|\/)(client|server\/src\/(lsp|cli|node))\//.test(i));
  assert.deepEqual(forbidden, []);
});

test('an engine that imports a Node built-in fails the browser build', async () => {
  await assert.rejects(
    build({
      stdin: { contents: "import './server/src/engine/index'; import { readFileSync } from 'node:fs'; console.log(readFileSync);", resolveDir: root, loader: 'ts' },
      bundle: true,
      write: false,
      platform: 'browser',
      logLevel: 'silent',
    }),
  );
});

test('generated files (rule registry, docs pages, README table, settings enum) are current', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'server/src/scripts/generate.ts'), '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});
