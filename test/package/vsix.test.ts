/** The packaged extension: small, and holding only bundles, grammar, manifest and readme. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const MAX_BYTES = 3 * 1024 * 1024;

/** File names from a zip's central directory (enough of the format to list a .vsix). */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

test('the .vsix is at most 3 MB and holds no sources, tests, maps or node_modules', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'shipshape-vsix-')), 'shipshape.vsix');
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr + result.stdout);
  assert.ok(statSync(out).size <= MAX_BYTES, `vsix is ${statSync(out).size} bytes`);
  const entries = zipEntries(readFileSync(out)).filter((e) => e.startsWith('extension/'));
  assert.deepEqual(entries.filter((e) => /\.(ts|map)$|node_modules\/|\/test\/|\/server\/|\/client\//.test(e)), []);
  for (const required of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/syntaxes/dockerfile.tmLanguage.json', 'extension/schemas/shipshape.schema.json']) {
    assert.ok(entries.includes(required), `${required} is packaged`);
  }
});
