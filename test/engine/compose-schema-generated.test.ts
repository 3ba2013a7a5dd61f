/** The generated Compose schema validator matches node_modules' schema plus our overlay (npm run build regenerates it). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

test('generated Compose schema files are current', () => {
  const root = join(__dirname, '..', '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts/compose-schema.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});

test('the generated validator runs without eval or new Function', async () => {
  const { readFileSync } = await import('node:fs');
  const code = readFileSync(join(__dirname, '..', '..', 'server/src/engine/compose/schema/validate.generated.js'), 'utf8');
  assert.doesNotMatch(code, /\bnew Function\b|\beval\(|\brequire\(/);
});
