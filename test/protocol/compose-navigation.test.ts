/** Compose rename, highlights, folding, workspace symbols and `build.target` ↔ Dockerfile stages through the bundled server. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyTextEdits, LspTestClient } from './lsp-client';

const TEXT = [
  '# The app',
  '# and its database',
  'services:',
  '  api:',
  '    build:',
  '      context: ./api',
  '      target: prod',
  '    depends_on:',
  '      - db',
  '  db:',
  '    image: postgres:16',
  '',
].join('\n');
const DOCKERFILE = 'FROM node:20 AS build\nRUN npm ci\nFROM build AS prod\n';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
const range = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });

describe('Compose editing over the protocol', () => {
  let client: LspTestClient;
  let dir: string;
  let uri: string;
  let dockerfileUri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shipshape-compose-nav-'));
    mkdirSync(join(dir, 'api'));
    writeFileSync(join(dir, 'compose.yaml'), TEXT);
    writeFileSync(join(dir, 'api', 'Dockerfile'), DOCKERFILE);
    uri = pathToFileURL(join(dir, 'compose.yaml')).toString();
    dockerfileUri = pathToFileURL(join(dir, 'api', 'Dockerfile')).toString();
    client = await LspTestClient.start();
    await client.open(uri, TEXT, 'dockercompose');
    await client.diagnostics(uri, 1);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renames a service at its key and its uses', async () => {
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 8, character: 9 } }), { range: range(8, 8, 10), placeholder: 'db' });
    const edit = await client.request<{ changes: Record<string, { range: Range; newText: string }[]> }>('textDocument/rename', { textDocument: { uri }, position: { line: 9, character: 3 }, newName: 'postgres' });
    assert.deepEqual(edit.changes[uri], [
      { range: range(8, 8, 10), newText: 'postgres' },
      { range: range(9, 2, 4), newText: 'postgres' },
    ]);
    assert.equal(applyTextEdits(TEXT, edit.changes[uri]), TEXT.replace('- db', '- postgres').replace('  db:', '  postgres:'));
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position: { line: 9, character: 3 }, newName: 'api' }), /already exists/);
  });

  it('highlights a service name', async () => {
    assert.deepEqual(await client.request('textDocument/documentHighlight', { textDocument: { uri }, position: { line: 3, character: 3 } }), [{ range: range(3, 2, 5), kind: 3 }]);
  });

  it('folds mappings, lists and comment blocks', async () => {
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument: { uri } }), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 10 },
      { startLine: 3, endLine: 8 },
      { startLine: 4, endLine: 6 },
      { startLine: 7, endLine: 8 },
      { startLine: 9, endLine: 10 },
    ]);
  });

  it('finds services and stages across open documents', async () => {
    await client.open(dockerfileUri, DOCKERFILE);
    const found = await client.request<{ name: string; location: { uri: string } }[]>('workspace/symbol', { query: 'p' });
    assert.deepEqual(
      found.map((s) => [s.name, s.location.uri]),
      [
        ['api', uri],
        ['db', uri],
        ['prod', dockerfileUri],
      ].filter(([name]) => name.includes('p')),
    );
    await client.close(dockerfileUri);
  });

  it('goes from build.target to the stage in the Dockerfile on disk, and completes its stages', async () => {
    assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 6, character: 15 } }), [{ uri: dockerfileUri, range: range(2, 14, 18) }]);
    const items = await client.request<{ label: string; detail?: string; textEdit: { range: Range } }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 18 } });
    assert.deepEqual(
      items.filter((i) => i.detail === 'stage of the Dockerfile').map((i) => [i.label, i.textEdit.range]),
      [
        ['build', range(6, 14, 18)],
        ['prod', range(6, 14, 18)],
      ],
    );
  });

  it('renames a stage from build.target: the Dockerfile on disk and the target change together', async () => {
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 6, character: 15 } }), { range: range(6, 14, 18), placeholder: 'prod' });
    const edit = await client.request<{ changes: Record<string, unknown> }>('textDocument/rename', { textDocument: { uri }, position: { line: 6, character: 15 }, newName: 'release' });
    assert.deepEqual(edit.changes, {
      [dockerfileUri]: [{ range: range(2, 14, 18), newText: 'release' }],
      [uri]: [{ range: range(6, 14, 18), newText: 'release' }],
    });
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position: { line: 6, character: 15 }, newName: 'build' }), /already exists/);
    assert.deepEqual(await client.request('textDocument/references', { textDocument: { uri }, position: { line: 6, character: 15 }, context: { includeDeclaration: true } }), [
      { uri: dockerfileUri, range: range(2, 14, 18) },
      { uri, range: range(6, 14, 18) },
    ]);
  });

  it('renames a stage from the open Dockerfile and its build.target, and lists the target among its references', async () => {
    await client.open(dockerfileUri, DOCKERFILE);
    const edit = await client.request<{ changes: Record<string, unknown> }>('textDocument/rename', { textDocument: { uri: dockerfileUri }, position: { line: 2, character: 15 }, newName: 'Release' });
    assert.deepEqual(edit.changes, {
      [dockerfileUri]: [{ range: range(2, 14, 18), newText: 'Release' }],
      [uri]: [{ range: range(6, 14, 18), newText: 'Release' }],
    });
    assert.deepEqual(await client.request('textDocument/references', { textDocument: { uri: dockerfileUri }, position: { line: 0, character: 17 }, context: { includeDeclaration: true } }), [
      { uri: dockerfileUri, range: range(0, 16, 21) },
      { uri: dockerfileUri, range: range(2, 5, 10) },
    ]);
    assert.deepEqual(await client.request('textDocument/references', { textDocument: { uri: dockerfileUri }, position: { line: 2, character: 15 }, context: { includeDeclaration: true } }), [
      { uri: dockerfileUri, range: range(2, 14, 18) },
      { uri, range: range(6, 14, 18) },
    ]);
    await client.close(dockerfileUri);
  });

  it('prefers the open Dockerfile’s unsaved text', async () => {
    await client.open(dockerfileUri, `# moved\n${DOCKERFILE}`);
    assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 6, character: 15 } }), [{ uri: dockerfileUri, range: range(3, 14, 18) }]);
    await client.close(dockerfileUri);
  });
});
