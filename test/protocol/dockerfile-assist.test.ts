/** Dockerfile completion, signature help, semantic tokens and inlay hints through the bundled server, over stdio. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient } from './lsp-client';

const URI = 'file:///project/Dockerfile';
const TEXT = ['# syntax=docker/dockerfile:1', 'ARG NODE_VERSION=20', 'FROM node:${NODE_VERSION} AS build', 'RUN --mount=type=cache,target=/root/.npm npm ci', 'FROM build', 'COPY --from= ', ''].join('\n');

interface CompletionItem {
  label: string;
  kind: number;
  textEdit: { range: Range; newText: string };
  insertTextFormat: number;
  detail?: string;
  documentation?: { kind: string; value: string };
  sortText?: string;
}
type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
const at = (line: number, character: number) => ({ line, character });
const range = (line: number, from: number, to: number): Range => ({ start: at(line, from), end: at(line, to) });

describe('Dockerfile editing assistance over the protocol', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
    await client.open(URI, TEXT);
    await client.diagnostics(URI, 1);
  });
  after(async () => client.stop());

  it('announces signature help, a semantic token legend, inlay hints and the completion trigger characters', () => {
    const caps = client.capabilities as Record<string, unknown>;
    assert.deepEqual(caps.signatureHelpProvider, { triggerCharacters: [' '], retriggerCharacters: [',', '='] });
    assert.deepEqual(caps.semanticTokensProvider, {
      legend: { tokenTypes: ['keyword', 'parameter', 'variable', 'namespace', 'string', 'comment', 'macro', 'property'], tokenModifiers: ['declaration', 'defaultLibrary'] },
      full: true,
      range: true,
    });
    assert.deepEqual(caps.inlayHintProvider, { resolveProvider: false });
    assert.deepEqual((caps.completionProvider as { triggerCharacters: string[] }).triggerCharacters, [' ', '-', '=', ',', '$', '{']);
  });

  it('completes earlier stage names after --from=', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: URI },
      position: at(5, 12),
      context: { triggerKind: 2, triggerCharacter: '=' },
    });
    assert.deepEqual(items, [{ label: 'build', kind: 18, detail: 'stage 0 (FROM node:${NODE_VERSION})', textEdit: { range: range(5, 12, 12), newText: 'build' }, insertTextFormat: 1 }]);
  });

  it('completes mount option keys as plain text, and instructions as snippets with our docs', async () => {
    const keys = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: at(3, 23), context: { triggerKind: 2, triggerCharacter: ',' } });
    assert.deepEqual(
      keys.slice(0, 2).map((i) => [i.label, i.textEdit, i.insertTextFormat, i.documentation?.value]),
      [
        ['target=', { range: range(3, 23, 23), newText: 'target=' }, 1, 'Where the mount appears inside the build container.'],
        ['id=', { range: range(3, 23, 23), newText: 'id=' }, 1, 'Cache identity; mounts with the same id share content (the target path by default).'],
      ],
    );
    const keywords = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: at(6, 0) });
    const copy = keywords.find((i) => i.label === 'COPY')!;
    assert.deepEqual([copy.kind, copy.textEdit, copy.insertTextFormat], [14, { range: range(6, 0, 0), newText: 'COPY ${1:src} ${2:dest}' }, 2]);
    assert.equal(copy.documentation?.kind, 'markdown');
    assert.match(copy.documentation!.value, /^Copies files from the build context/);
  });

  it('completes variables in scope after ${, closing the brace', async () => {
    await client.change(URI, 2, [{ range: range(6, 0, 0), text: 'FROM node:${' }]);
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: URI },
      position: at(6, 12),
      context: { triggerKind: 2, triggerCharacter: '{' },
    });
    assert.deepEqual(items[0], { label: 'NODE_VERSION', kind: 6, detail: 'ARG NODE_VERSION=20', textEdit: { range: range(6, 12, 12), newText: 'NODE_VERSION}' }, insertTextFormat: 1, sortText: '0NODE_VERSION' });
    await client.change(URI, 3, [{ range: range(6, 0, 12), text: '' }]);
  });

  it('answers nothing for the new trigger characters in Compose values, and keeps the space trigger', async () => {
    const compose = 'file:///project/compose.yaml';
    await client.open(compose, 'services:\n  web:\n    image: my-\n    restart: \n    environment:\n      - A=${\n', 'dockercompose');
    const typed = async (line: number, character: number, triggerCharacter: string) =>
      client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: compose }, position: at(line, character), context: { triggerKind: 2, triggerCharacter } });
    assert.deepEqual(await typed(2, 14, '-'), []);
    assert.deepEqual(await typed(5, 10, '='), []);
    assert.deepEqual(await typed(5, 11, '$'), []);
    assert.deepEqual(await typed(5, 12, '{'), []);
    const space = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: compose }, position: at(3, 13), context: { triggerKind: 2, triggerCharacter: ' ' } });
    assert.deepEqual(space.map((i) => i.label), ['"no"', 'always', 'on-failure', 'unless-stopped']);
    await client.close(compose);
  });

  it('shows the signature of RUN --mount with the option being typed', async () => {
    const help = await client.request<{ signatures: { label: string; parameters: { label: [number, number] }[] }[]; activeSignature: number; activeParameter: number }>('textDocument/signatureHelp', {
      textDocument: { uri: URI },
      position: at(3, 30),
    });
    const signature = help.signatures[help.activeSignature];
    assert.equal(signature.label, '--mount=type=cache,target=<path>[,id=<id>][,sharing=shared|private|locked][,from=<stage|image>][,source=<path>][,mode=<mode>][,uid=<uid>][,gid=<gid>][,ro]');
    assert.equal(signature.label.slice(...signature.parameters[help.activeParameter].label), ',target=<path>');
  });

  it('marks no parameter on a flag name it does not know', async () => {
    await client.change(URI, 4, [{ range: range(6, 0, 0), text: 'COPY --bogus' }]);
    const help = await client.request<{ signatures: { parameters: unknown[] }[]; activeParameter: number }>('textDocument/signatureHelp', { textDocument: { uri: URI }, position: at(6, 12) });
    assert.equal(help.activeParameter, help.signatures[0].parameters.length);
    await client.change(URI, 5, [{ range: range(6, 0, 12), text: '' }]);
  });

  it('encodes semantic tokens relative to each other, whole and for a range', async () => {
    const full = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    const rows = [];
    for (let i = 0; i < full.data.length; i += 5) rows.push(full.data.slice(i, i + 5));
    assert.deepEqual(rows.slice(0, 8), [
      [0, 0, 8, 6, 0], // # syntax: macro
      [0, 9, 19, 4, 0], // docker/dockerfile:1: string
      [1, 0, 3, 0, 0], // ARG: keyword
      [0, 4, 12, 2, 1], // NODE_VERSION: variable, declaration
      [1, 0, 4, 0, 0], // FROM
      [0, 10, 15, 2, 0], // ${NODE_VERSION}: variable
      [0, 16, 2, 0, 0], // AS
      [0, 3, 5, 3, 1], // build: namespace, declaration
    ]);
    const ranged = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri: URI }, range: { start: at(4, 0), end: at(5, 0) } });
    assert.deepEqual(ranged.data, [4, 0, 4, 0, 0, 0, 5, 5, 3, 0]);
  });

  it('shows ARG defaults in FROM only once the setting is on', async () => {
    const hints = () => client.request<{ position: { line: number; character: number }; label: string; paddingLeft: boolean }[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range: { start: at(0, 0), end: at(7, 0) } });
    assert.deepEqual(await hints(), []);
    client.settings = { inlayHints: { argDefaults: true } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const shown = await hints();
    assert.deepEqual(
      shown.map((h) => ({ position: h.position, label: h.label, paddingLeft: h.paddingLeft })),
      [{ position: at(2, 25), label: '= 20', paddingLeft: true }],
    );
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });
});
