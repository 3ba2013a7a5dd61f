/** Compose files through the bundled server: diagnostics, quick fix, hover, completion, navigation, symbols, links, coexistence. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyTextEdits, LspTestClient, type Diagnostic } from './lsp-client';
import { OTHER_EXTENSIONS_CHANGED } from '../../shared/protocol';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'compose.yaml'), 'utf8');
const URI = 'file:///project/compose.yaml';
/** The rules that read YAML structure and schema; others (semantic, security) may report more on the example. */
const STRUCTURE_RULES = new Set(['compose-yaml-syntax', 'duplicate-compose-key', 'repeated-merge-key', 'excessive-alias-expansion', 'compose-schema', 'internal-error']);

type Range = Diagnostic['range'];
interface CodeAction {
  title: string;
  edit: { documentChanges: { edits: { range: Range; newText: string }[] }[] };
}

/** Line and character of the `nth` occurrence of `needle` (plus `shift` characters). */
function positionOf(text: string, needle: string, shift = 0, nth = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not found`);
  const before = text.slice(0, index + shift);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

const textAt = (text: string, range: Range) => {
  const lines = text.split('\n');
  return lines[range.start.line].slice(range.start.character, range.start.line === range.end.line ? range.end.character : undefined);
};

describe('Compose over the protocol', () => {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start()));
  after(async () => client.stop());

  it('reports the unknown key on the key, and nothing on the anchor, the merge or the interpolated port', async () => {
    await client.open(URI, EXAMPLE, 'dockercompose');
    const { diagnostics } = await client.diagnostics(URI, 1);
    const ours = diagnostics.filter((d) => STRUCTURE_RULES.has(String(d.code)));
    assert.deepEqual(
      ours.map((d) => ({ code: d.code, text: textAt(EXAMPLE, d.range), severity: d.severity })),
      [{ code: 'compose-schema', text: 'helthcheck', severity: 1 }],
    );
    assert.match(ours[0].message, /did you mean `healthcheck`\?/);
    for (const line of ['<<: *common', '${API_PORT:-8080}:8080', 'x-common: &common']) {
      const at = positionOf(EXAMPLE, line).line;
      assert.deepEqual(diagnostics.filter((d) => d.range.start.line === at && STRUCTURE_RULES.has(String(d.code))), [], line);
    }
  });

  it('renames the unknown key with its quick fix', async () => {
    const { diagnostics } = await client.diagnostics(URI, 1);
    const diagnostic = diagnostics.find((d) => d.code === 'compose-schema')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const rename = actions.find((a) => a.title === 'Rename to `healthcheck`');
    assert.ok(rename, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyTextEdits(EXAMPLE, rename.edit.documentChanges[0].edits);
    assert.equal(fixed, EXAMPLE.replace('helthcheck:', 'healthcheck:'));
  });

  it('explains keys on hover, also inside an x- anchor merged into a service', async () => {
    const hover = (position: { line: number; character: number }) =>
      client.request<{ contents: { value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri: URI }, position });
    const dependsOn = await hover(positionOf(EXAMPLE, 'depends_on', 2));
    assert.match(dependsOn!.contents.value, /^\*\*`depends_on`\*\* · service key/);
    assert.match(dependsOn!.contents.value, /service_healthy/);
    assert.equal(textAt(EXAMPLE, dependsOn!.range), 'depends_on');
    const restart = await hover(positionOf(EXAMPLE, 'restart', 1));
    assert.match(restart!.contents.value, /^\*\*`restart`\*\* · service key/);
    const volumes = await hover(positionOf(EXAMPLE, 'volumes:', 1, 1));
    assert.match(volumes!.contents.value, /^\*\*`volumes`\*\* · top-level key/);
  });

  it('completes service keys with snippets, enum values and declared names', async () => {
    const uri = 'file:///project/compose.dev.yaml';
    const text = 'services:\n  api:\n    image: nginx\n    hea\n    depends_on:\n      - \n    restart: \n  db:\n    image: postgres\n';
    await client.open(uri, text, 'dockercompose');
    const complete = (position: { line: number; character: number }) =>
      client.request<{ label: string; kind: number; insertTextFormat?: number; textEdit: { newText: string } }[]>('textDocument/completion', { textDocument: { uri }, position });
    const keys = await complete({ line: 3, character: 7 });
    const healthcheck = keys.find((k) => k.label === 'healthcheck')!;
    assert.equal(healthcheck.insertTextFormat, 2);
    assert.match(healthcheck.textEdit.newText, /^healthcheck:\n  test: \["CMD"/);
    assert.ok(!keys.some((k) => k.label === 'image'), 'keys already present are not offered');
    const names = await complete({ line: 5, character: 8 });
    assert.deepEqual(names.map((n) => n.label), ['db']);
    const restart = await complete({ line: 6, character: 13 });
    assert.deepEqual(restart.map((n) => n.label), ['"no"', 'always', 'on-failure', 'unless-stopped']);
  });

  it('goes to the definition of a service and finds its references', async () => {
    const locations = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', {
      textDocument: { uri: URI },
      position: positionOf(EXAMPLE, '- db', 3),
    });
    assert.deepEqual(locations.map((l) => [l.uri, textAt(EXAMPLE, l.range), l.range.start.line]), [[URI, 'db', positionOf(EXAMPLE, '  db:').line]]);
    const references = await client.request<{ range: Range }[]>('textDocument/references', {
      textDocument: { uri: URI },
      position: positionOf(EXAMPLE, 'pgdata:', 1, 1),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(references.map((r) => [r.range.start.line, textAt(EXAMPLE, r.range)]), [
      [positionOf(EXAMPLE, 'pgdata:', 0, 1).line, 'pgdata'],
      [positionOf(EXAMPLE, 'pgdata:/var').line, 'pgdata'],
    ]);
  });

  it('outlines sections, services and their keys', async () => {
    const symbols = await client.request<{ name: string; children?: { name: string; detail?: string; children?: { name: string }[] }[] }[]>('textDocument/documentSymbol', {
      textDocument: { uri: URI },
    });
    assert.deepEqual(symbols.map((s) => s.name), ['version', 'x-common', 'services', 'volumes']);
    const services = symbols.find((s) => s.name === 'services')!.children!;
    assert.deepEqual(services.map((s) => [s.name, s.detail]), [['api', 'build'], ['db', 'postgres:16-alpine']]);
    assert.deepEqual(services[1].children!.map((c) => c.name), ['image', 'environment', 'ports', 'volumes']);
  });

  it('links the build context to its Dockerfile and env files to their files', async () => {
    const uri = 'file:///project/app/compose.yaml';
    const text = 'services:\n  api:\n    build: .\n    env_file: [.env, {path: ./config/extra.env, required: false}]\n  worker:\n    build:\n      context: ./worker\n      dockerfile: Dockerfile.prod\ninclude:\n  - ../shared/compose.yaml\n';
    await client.open(uri, text, 'dockercompose');
    const links = await client.request<{ range: Range; target: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map((l) => [textAt(text, l.range), l.target]), [
      ['.', 'file:///project/app/Dockerfile'],
      ['Dockerfile.prod', 'file:///project/app/worker/Dockerfile.prod'],
      ['.env', 'file:///project/app/.env'],
      ['./config/extra.env', 'file:///project/app/config/extra.env'],
      ['../shared/compose.yaml', 'file:///project/shared/compose.yaml'],
    ].sort((a, b) => text.indexOf(a[0]) - text.indexOf(b[0])));
  });
});

describe('Compose beside other extensions (shipshape.compose.validate)', () => {
  const BROKEN = 'services:\n  api:\n    image: nginx\n    helthcheck: {}\n    image: httpd\n';
  const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code)).filter((c) => STRUCTURE_RULES.has(c)).sort();

  it('auto: leaves syntax, duplicate keys and schema to Red Hat YAML, and reports them again once it is gone', async () => {
    const client = await LspTestClient.start({ initializationOptions: { otherExtensions: { redHatYaml: true, dockerDx: false, containerTools: false } } });
    try {
      await client.open('file:///a/compose.yaml', BROKEN, 'dockercompose');
      assert.deepEqual(codes((await client.diagnostics('file:///a/compose.yaml', 1)).diagnostics), []);
      const next = client.nextDiagnostics('file:///a/compose.yaml', (p) => p.diagnostics.length > 0);
      await client.connection.sendNotification(OTHER_EXTENSIONS_CHANGED, { redHatYaml: false, dockerDx: false, containerTools: false });
      assert.deepEqual(codes((await next).diagnostics), ['compose-schema', 'duplicate-compose-key']);
    } finally {
      await client.stop();
    }
  });

  it('auto with Docker DX only: the schema is still ours, duplicate keys are left to it', async () => {
    const client = await LspTestClient.start({ initializationOptions: { otherExtensions: { redHatYaml: false, dockerDx: true, containerTools: false } } });
    try {
      await client.open('file:///b/compose.yaml', BROKEN, 'dockercompose');
      assert.deepEqual(codes((await client.diagnostics('file:///b/compose.yaml', 1)).diagnostics), ['compose-schema']);
    } finally {
      await client.stop();
    }
  });

  it('on: reports everything whatever is installed; off: none of the three', async () => {
    const others = { otherExtensions: { redHatYaml: true, dockerDx: true, containerTools: true } };
    for (const [validate, expected] of [['on', ['compose-schema', 'duplicate-compose-key']], ['off', []]] as const) {
      const client = await LspTestClient.start({ initializationOptions: others, settings: { compose: { validate, files: [] } } });
      try {
        await client.open('file:///c/compose.yaml', BROKEN, 'dockercompose');
        assert.deepEqual(codes((await client.diagnostics('file:///c/compose.yaml', 1)).diagnostics), [...expected], validate);
      } finally {
        await client.stop();
      }
    }
  });
});
