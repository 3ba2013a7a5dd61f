/** Dockerfile navigation and structure through the bundled server: outline, workspace symbols, definition, references, rename, highlights, folding, links. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyTextEdits, LspTestClient } from './lsp-client';

const TEXT = [
  '# Build the app',
  '# in two stages',
  'ARG NODE=20',
  'FROM node:${NODE}-alpine AS Build',
  'ARG NODE',
  'RUN echo $NODE && \\',
  '    npm ci --prefix $HOME',
  'RUN <<EOF',
  'npm run build',
  'EOF',
  'FROM nginx:1.27',
  'COPY --from=build /app /usr/share/nginx/html',
  'COPY nginx.conf missing.conf /etc/nginx/',
  '',
].join('\n');

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
const range = (line: number, start: number, end: number, endLine = line): Range => ({ start: { line, character: start }, end: { line: endLine, character: end } });

describe('Dockerfile navigation over the protocol', () => {
  let client: LspTestClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shipshape-nav-'));
    writeFileSync(join(dir, 'Dockerfile'), TEXT);
    writeFileSync(join(dir, 'nginx.conf'), 'events {}\n');
    uri = pathToFileURL(join(dir, 'Dockerfile')).toString();
    client = await LspTestClient.start();
    await client.open(uri, TEXT);
    await client.diagnostics(uri, 1);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('announces the features', () => {
    assert.deepEqual(
      ['renameProvider', 'documentHighlightProvider', 'foldingRangeProvider', 'workspaceSymbolProvider'].map((k) => client.capabilities[k]),
      [{ prepareProvider: true }, true, true, true],
    );
  });

  it('outlines global ARGs and stages with their instructions', async () => {
    const symbols = await client.request<{ name: string; detail?: string; kind: number; range: Range; selectionRange: Range; children: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => ({ name: s.name, detail: s.detail, kind: s.kind, range: s.range, selectionRange: s.selectionRange, children: s.children.map((c) => c.name) })),
      [
        { name: 'ARG', detail: 'NODE=20', kind: 12, range: range(2, 0, 11), selectionRange: range(2, 0, 3), children: [] },
        { name: 'Build', detail: 'node:${NODE}-alpine', kind: 5, range: range(3, 0, 3, 9), selectionRange: range(3, 28, 33), children: ['FROM', 'ARG', 'RUN', 'RUN'] },
        { name: 'stage 1', detail: 'nginx:1.27', kind: 5, range: range(10, 0, 40, 12), selectionRange: range(10, 0, 4), children: ['FROM', 'COPY', 'COPY'] },
      ],
    );
  });

  it('finds stages across open documents', async () => {
    const found = await client.request<{ name: string; kind: number; location: { uri: string; range: Range } }[]>('workspace/symbol', { query: 'bld' });
    assert.deepEqual(found, [{ name: 'Build', kind: 5, containerName: 'node:${NODE}-alpine', location: { uri, range: range(3, 28, 33) } }]);
  });

  it('goes from `--from=build` to the stage, and from `$NODE` to the ARG the stage re-declares', async () => {
    assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 11, character: 14 } }), [{ uri, range: range(3, 28, 33) }]);
    assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 5, character: 11 } }), [{ uri, range: range(4, 4, 8) }]);
  });

  it('lists references of the global ARG through its re-declaration', async () => {
    const found = await client.request<{ range: Range }[]>('textDocument/references', { textDocument: { uri }, position: { line: 2, character: 5 }, context: { includeDeclaration: true } });
    assert.deepEqual(found.map((l) => l.range), [range(2, 4, 8), range(3, 12, 16), range(4, 4, 8), range(5, 10, 14)]);
  });

  it('highlights heredoc delimiters', async () => {
    assert.deepEqual(await client.request('textDocument/documentHighlight', { textDocument: { uri }, position: { line: 9, character: 1 } }), [
      { range: range(7, 6, 9), kind: 3 },
      { range: range(9, 0, 3), kind: 2 },
    ]);
  });

  it('prepares and renames a stage in every case variant', async () => {
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 3, character: 30 } }), { range: range(3, 28, 33), placeholder: 'Build' });
    const edit = await client.request<{ changes: Record<string, { range: Range; newText: string }[]> }>('textDocument/rename', { textDocument: { uri }, position: { line: 11, character: 14 }, newName: 'compile' });
    assert.deepEqual(Object.keys(edit.changes), [uri]);
    const renamed = applyTextEdits(TEXT, edit.changes[uri]);
    assert.equal(renamed, TEXT.replace('AS Build', 'AS compile').replace('--from=build', '--from=compile'));
  });

  it('refuses to rename with a reason', async () => {
    assert.equal(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 3 } }), null);
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 6, character: 22 } }), /not declared/);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position: { line: 3, character: 30 }, newName: '1st' }), /not a valid stage name/);
  });

  it('folds comment blocks, stages, continuations and heredocs', async () => {
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument: { uri } }), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 3, endLine: 9 },
      { startLine: 5, endLine: 6 },
      { startLine: 7, endLine: 9 },
      { startLine: 10, endLine: 12 },
    ]);
  });

  it('links images to their registry and COPY sources that exist', async () => {
    assert.deepEqual(await client.request('textDocument/documentLink', { textDocument: { uri } }), [
      { range: range(3, 5, 24), target: 'https://hub.docker.com/_/node', tooltip: 'Open the image on its registry' },
      { range: range(10, 5, 15), target: 'https://hub.docker.com/_/nginx', tooltip: 'Open the image on its registry' },
      { range: range(12, 5, 15), target: pathToFileURL(join(dir, 'nginx.conf')).toString(), tooltip: 'Open this file of the build context' },
    ]);
  });
});
