/**
 * With a client that resolves code actions lazily (VS Code), fix-all comes without its edit and is computed only
 * when chosen: asking for the light bulb's actions on every cursor move must not lint the file several times.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, LspTestClient, type Diagnostic } from './lsp-client';

const SEED = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nEXPOSE 3000\nCMD node server.js\n';

interface CodeAction {
  title: string;
  kind: string;
  data?: unknown;
  edit?: { documentChanges: { textDocument: { uri: string; version: number }; edits: { range: Diagnostic['range']; newText: string }[] }[] };
}

describe('fix-all resolved on demand', () => {
  let lazy: LspTestClient;
  let eager: LspTestClient;
  before(async () => {
    [lazy, eager] = await Promise.all([LspTestClient.start({ resolveCodeActionEdits: true }), LspTestClient.start()]);
  });
  after(async () => Promise.all([lazy.stop(), eager.stop()]));

  const sourceActions = async (client: LspTestClient, uri: string) => {
    await client.open(uri, SEED);
    await client.diagnostics(uri, 1);
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source'] },
    });
  };

  it('declares a resolve provider only to clients that resolve edits', () => {
    assert.equal((lazy.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
    assert.equal((eager.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, false);
  });

  it('returns fix-all without an edit, and the same edit as an eager client once resolved', async () => {
    const uri = 'file:///resolve/Dockerfile';
    const [lazyActions, eagerActions] = await Promise.all([sourceActions(lazy, uri), sourceActions(eager, uri)]);
    assert.deepEqual(lazyActions.map((a) => a.kind), eagerActions.map((a) => a.kind));
    for (const action of lazyActions) {
      assert.equal(action.edit, undefined, `${action.kind} comes without its edit`);
      const resolved = await lazy.request<CodeAction>('codeAction/resolve', action);
      const expected = eagerActions.find((a) => a.kind === action.kind)!;
      assert.equal(applyTextEdits(SEED, resolved.edit!.documentChanges[0].edits), applyTextEdits(SEED, expected.edit!.documentChanges[0].edits));
      assert.equal(resolved.edit!.documentChanges[0].textDocument.version, 1);
    }
  });

  it('resolves to no edit once the document has changed', async () => {
    const uri = 'file:///resolve-stale/Dockerfile';
    const [action] = await sourceActions(lazy, uri);
    await lazy.change(uri, 2, [{ text: 'FROM alpine:3.20\n' }]);
    const resolved = await lazy.request<CodeAction>('codeAction/resolve', action);
    assert.equal(resolved.edit, undefined);
  });
});
