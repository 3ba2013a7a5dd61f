/** The bundled server, spoken to over stdio by a real JSON-RPC client. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, LspTestClient, type Diagnostic } from './lsp-client';
import { lint, parseDocument } from '../../server/src/engine';
import { initShellParserForTests } from '../shell-parser-setup';

const SEED = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nEXPOSE 3000\nCMD node server.js\n';
const INSTRUCTIONS = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];

interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { documentChanges: { textDocument: { uri: string; version: number }; edits: { range: Diagnostic['range']; newText: string }[] }[] };
}

const summary = (d: Diagnostic) => ({ code: d.code, start: [d.range.start.line, d.range.start.character], end: [d.range.end.line, d.range.end.character] });

describe('language server over stdio (push diagnostics)', () => {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start()));
  // The fixed texts are also linted in-process, which needs the shell parser here too.
  before(() => initShellParserForTests());
  after(async () => client.stop());

  it('publishes the three findings of the seed Dockerfile, each on its token, with source, docs link and aliases', async () => {
    await client.open('file:///seed/Dockerfile', SEED);
    const { diagnostics, version } = await client.diagnostics('file:///seed/Dockerfile', 1);
    assert.equal(version, 1);
    assert.deepEqual(diagnostics.map(summary), [
      { code: 'root-final-stage', start: [0, 5], end: [0, 19] },
      { code: 'install-after-copy-all', start: [2, 0], end: [2, 8] },
      { code: 'shell-form-cmd', start: [5, 4], end: [5, 18] },
    ]);
    for (const d of diagnostics) {
      assert.equal(d.source, 'shipshape');
      assert.match(d.codeDescription!.href, new RegExp(`docs/rules/${d.code}\\.md$`));
    }
    assert.deepEqual(diagnostics.find((d) => d.code === 'shell-form-cmd')!.data!.aliases, ['DL3025', 'JSONArgsRecommended']);
  });

  it('answers hover on all 18 instructions with our docs', async () => {
    const text = [
      'FROM alpine:3.20 AS base', 'RUN echo hi', 'CMD ["sh"]', 'LABEL a=b', 'MAINTAINER me', 'EXPOSE 80', 'ENV A=b', 'ADD a /a', 'COPY b /b',
      'ENTRYPOINT ["sh"]', 'VOLUME /data', 'USER app', 'WORKDIR /app', 'ARG X=1', 'ONBUILD RUN echo', 'STOPSIGNAL SIGTERM',
      'HEALTHCHECK CMD true', 'SHELL ["/bin/sh", "-c"]',
    ].join('\n');
    await client.open('file:///hover/Dockerfile', text);
    for (const [line, keyword] of INSTRUCTIONS.entries()) {
      const hover = await client.request<{ contents: { kind: string; value: string }; range: Diagnostic['range'] } | null>('textDocument/hover', {
        textDocument: { uri: 'file:///hover/Dockerfile' },
        position: { line, character: 1 },
      });
      assert.ok(hover, `hover on ${keyword}`);
      assert.equal(hover.contents.kind, 'markdown');
      // A finding on the keyword (MAINTAINER is deprecated) comes first; the instruction's docs follow it.
      assert.ok(hover.contents.value.includes(`**${keyword}** — `), `hover on ${keyword}: ${hover.contents.value.slice(0, 60)}`);
      assert.deepEqual(hover.range, { start: { line, character: 0 }, end: { line, character: keyword.length } });
    }
  });

  it('shows the rule, its why and its fix when hovering a finding', async () => {
    await client.diagnostics('file:///seed/Dockerfile', 1);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: 'file:///seed/Dockerfile' },
      position: { line: 5, character: 8 },
    });
    assert.match(hover.contents.value, /\*\*shell-form-cmd\*\* \(`DL3025`, `JSONArgsRecommended`\)/);
    assert.match(hover.contents.value, /SIGTERM/);
    assert.match(hover.contents.value, /Quick fix: \*Convert to exec form\*/);
  });

  it('applies each quick fix through the protocol until none of the three findings is left', async () => {
    const uri = 'file:///fixes/Dockerfile';
    let text = SEED;
    let version = 1;
    await client.open(uri, text);
    let { diagnostics } = await client.diagnostics(uri, version);
    for (const code of ['shell-form-cmd', 'install-after-copy-all', 'root-final-stage']) {
      const diagnostic = diagnostics.find((d) => d.code === code)!;
      assert.ok(diagnostic, `${code} is reported before its fix`);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const action = actions.find((a) => a.kind === 'quickfix' && (a as unknown as { diagnostics: Diagnostic[] }).diagnostics[0].code === code)!;
      assert.ok(action, `a quick fix for ${code}`);
      const change = action.edit.documentChanges[0];
      assert.equal(change.textDocument.version, version, 'edits are versioned');
      text = applyTextEdits(text, change.edits);
      version++;
      await client.change(uri, version, [{ text }]);
      ({ diagnostics } = await client.diagnostics(uri, version));
      assert.ok(!diagnostics.some((d) => d.code === code), `${code} is gone after its fix`);
    }
    assert.deepEqual(diagnostics, []);
    assert.equal(
      text,
      'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER 1000:1000\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
    );
    assert.deepEqual(lint(parseDocument(text, 'dockerfile')), [], 'the fixed text parses and is clean');
  });

  it('offers fix-all for the safe fixes and, separately, every fix', async () => {
    const uri = 'file:///seed/Dockerfile';
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source'] },
    });
    const safe = actions.find((a) => a.kind === 'source.fixAll.shipshape')!;
    const every = actions.find((a) => a.kind === 'source.shipshape.applyAllFixes')!;
    assert.equal(
      applyTextEdits(SEED, safe.edit.documentChanges[0].edits),
      'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
    );
    const fixed = applyTextEdits(SEED, every.edit.documentChanges[0].edits);
    assert.deepEqual(lint(parseDocument(fixed, 'dockerfile')), []);
    assert.match(fixed, /COPY package\*\.json \.\/\nRUN npm ci --omit=dev\nCOPY \. \./);
  });

  it('publishes new diagnostics for a new version after an incremental change', async () => {
    const uri = 'file:///change/Dockerfile';
    await client.open(uri, 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n');
    assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics, []);
    await client.change(uri, 2, [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 10 } }, text: 'sh -c true' }]);
    const { diagnostics } = await client.diagnostics(uri, 2);
    assert.deepEqual(diagnostics.map(summary), [{ code: 'shell-form-cmd', start: [2, 4], end: [2, 14] }]);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = 'file:///close/Dockerfile';
    await client.open(uri, 'FROM alpine:3.20\nCMD sh\n');
    assert.equal((await client.diagnostics(uri, 1)).diagnostics.length, 2);
    const cleared = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('re-lints open documents with the new settings when they change', async () => {
    const uri = 'file:///settings/Dockerfile';
    await client.open(uri, 'FROM alpine:3.20\nUSER 10001\nCMD sh\n');
    assert.equal((await client.diagnostics(uri, 1)).diagnostics.length, 1);
    client.settings = { rules: { DL3025: 'off' } };
    const next = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await next).diagnostics, []);
    client.settings = {};
  });
});

describe('language server over stdio (pull diagnostics)', () => {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start({ pull: true, settings: { rules: { 'root-final-stage': 'error' } } })));
  after(async () => client.stop());

  it('declares a diagnostic provider and answers textDocument/diagnostic with the settings applied', async () => {
    assert.ok(client.capabilities.diagnosticProvider);
    await client.open('file:///pull/Dockerfile', SEED);
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: 'file:///pull/Dockerfile' } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => [d.code, d.severity]), [
      ['root-final-stage', 1],
      ['install-after-copy-all', 2],
      ['shell-form-cmd', 2],
    ]);
  });

  it('turns Shipshape off for a document when shipshape.enable is false', async () => {
    client.settings = { enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: 'file:///pull/Dockerfile' } });
    assert.deepEqual(report.items, []);
  });
});
