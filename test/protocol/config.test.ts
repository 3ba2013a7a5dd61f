/** Config files, ignore quick fixes and build-context facts, through the bundled server over stdio on a real directory. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyTextEdits, LspTestClient, type Diagnostic } from './lsp-client';

interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: Diagnostic[];
  edit: { documentChanges: ({ kind: string; uri: string; options?: unknown } | { textDocument: { uri: string; version: number | null }; edits: { range: Diagnostic['range']; newText: string }[] })[] };
}

const SHELL_CMD = 'FROM alpine:3.20\nUSER app\nCMD sh -c "sleep 1"\n';

describe('configuration over the protocol', () => {
  let client: LspTestClient;
  let dir: string;
  const file = (name: string) => join(dir, name);
  const uriOf = (name: string) => pathToFileURL(file(name)).href;
  const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);
  const filesChanged = (...names: string[]) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: names.map((name) => ({ uri: uriOf(name), type: 2 })) });
  const actionsAt = (uri: string, diagnostic: Diagnostic) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shipshape-config-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(file('.hadolint.yaml'), 'ignored:\n  - DL3025\n');
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers file watchers for config and ignore files', async () => {
    for (let i = 0; i < 50 && !client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'); i++) await new Promise((r) => setTimeout(r, 20));
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watch, 'didChangeWatchedFiles is registered');
    const globs = (watch.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    assert.deepEqual(globs, ['**/.hadolint.{yaml,yml}', '**/.shipshape.{yaml,yml}', '**/.dockerignore', '**/*.dockerignore']);
  });

  it('a .hadolint.yaml that ignores DL3025 silences shell-form-cmd', async () => {
    await client.open(uriOf('Dockerfile'), SHELL_CMD);
    assert.ok(!codes((await client.diagnostics(uriOf('Dockerfile'), 1)).diagnostics).includes('shell-form-cmd'));
  });

  it('re-lints when a config file changes, and a .shipshape.yaml overrides .hadolint.yaml', async () => {
    const uri = uriOf('Dockerfile');
    writeFileSync(file('.hadolint.yaml'), 'ignored: []\noverride:\n  error: [DL3025]\n');
    let next = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'shell-form-cmd'));
    await filesChanged('.hadolint.yaml');
    assert.equal((await next).diagnostics.find((d) => d.code === 'shell-form-cmd')!.severity, 1, 'override error from .hadolint.yaml');
    writeFileSync(file('.shipshape.yaml'), 'rules:\n  shell-form-cmd: info\n');
    next = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'shell-form-cmd' && d.severity === 3));
    await filesChanged('.shipshape.yaml');
    await next;
  });

  it('shows a problem in a config file once, with its place', async () => {
    writeFileSync(file('.shipshape.yaml'), 'rules:\n  shell-form-cmd: loud\n');
    const next = client.nextDiagnostics(uriOf('Dockerfile'), () => true);
    await filesChanged('.shipshape.yaml');
    await next;
    const shown = client.shownMessages.filter((m) => m.includes('.shipshape.yaml:2:19: rules.shell-form-cmd: expected one of error, warning, info, hint, off'));
    assert.equal(shown.length, 1, client.shownMessages.join('\n'));
    rmSync(file('.shipshape.yaml'));
    await filesChanged('.shipshape.yaml');
  });

  it('offers "Ignore … for this line" and "… in this file"; they silence the finding and are not part of fix-all', async () => {
    const uri = uriOf('api.dockerfile');
    await client.open(uri, SHELL_CMD);
    const { diagnostics } = await client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'shell-form-cmd'));
    const diagnostic = diagnostics.find((d) => d.code === 'shell-form-cmd')!;
    const actions = await actionsAt(uri, diagnostic);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Convert to exec form', 'Ignore shell-form-cmd for this line', 'Ignore shell-form-cmd in this file'],
    );
    const line = actions[1].edit.documentChanges[0] as { edits: { range: Diagnostic['range']; newText: string }[] };
    const text = applyTextEdits(SHELL_CMD, line.edits);
    assert.equal(text, 'FROM alpine:3.20\nUSER app\n# shipshape ignore=shell-form-cmd \nCMD sh -c "sleep 1"\n');
    await client.change(uri, 2, [{ text }]);
    assert.ok(!codes((await client.diagnostics(uri, 2)).diagnostics).includes('shell-form-cmd'));

    const source = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf('Dockerfile') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source'] },
    });
    for (const action of source) {
      for (const change of action.edit.documentChanges) assert.ok(!('edits' in change) || change.edits.every((e) => !e.newText.includes('shipshape ignore')));
    }
  });

  it('creates a missing .dockerignore with a CreateFile operation, and the finding goes once it exists', async () => {
    const uri = uriOf('Dockerfile.web');
    const text = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER node\nCMD ["node", "server.js"]\n';
    await client.open(uri, text);
    const { diagnostics } = await client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'missing-dockerignore'));
    const action = (await actionsAt(uri, diagnostics.find((d) => d.code === 'missing-dockerignore')!)).find((a) => a.title.startsWith('Create a .dockerignore'))!;
    assert.ok(action, 'a create-file quick fix');
    const [create, content] = action.edit.documentChanges as [{ kind: string; uri: string }, { textDocument: { uri: string; version: null }; edits: { newText: string }[] }];
    assert.deepEqual(create, { kind: 'create', uri: uriOf('.dockerignore'), options: { overwrite: false, ignoreIfExists: false } });
    assert.equal(content.textDocument.uri, uriOf('.dockerignore'));
    assert.match(content.edits[0].newText, /^\*\*\/node_modules$/m);

    writeFileSync(file('.dockerignore'), content.edits[0].newText);
    const next = client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'missing-dockerignore'));
    await filesChanged('.dockerignore');
    await next;
  });

  it('reports a COPY of a path the .dockerignore excludes, preferring <Dockerfile>.dockerignore', async () => {
    writeFileSync(file('Dockerfile.web.dockerignore'), 'secrets/\n');
    const uri = uriOf('Dockerfile.web');
    const next = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'copy-ignored-file'));
    await filesChanged('Dockerfile.web.dockerignore');
    await client.change(uri, 2, [{ text: 'FROM node:20-alpine\nUSER node\nCOPY secrets/key.pem /run/key.pem\n' }]);
    const { diagnostics } = await next;
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'copy-ignored-file').map((d) => [d.range.start, d.range.end]),
      [[{ line: 2, character: 5 }, { line: 2, character: 20 }]],
    );
  });
});
