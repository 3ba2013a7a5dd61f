/**
 * The web extension's server (dist/browser/server.js) in Chromium: a harness page starts it in a Web Worker, as the
 * browser client does, and speaks LSP to it over postMessage. The same documents, settings and project files go to
 * the Node server over stdio; both must answer the same diagnostics, hovers and code actions.
 *
 *   node scripts/build.mjs && bash test/e2e/setup.sh && node --import tsx --test test/e2e/web-worker.e2e.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, repoRoot, type Browser, type Page } from './code-server';
import { LspTestClient, type Diagnostic } from '../protocol/lsp-client';
import type { ProjectFilesResult } from '../../shared/protocol';
import { SEED } from '../vscode/seed';

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.map': 'application/json' };

/** Serves the harness page at / and the build output under /dist/. */
function serveHarness(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = url.pathname === '/' ? path.join(__dirname, 'web-worker', 'harness.html') : path.join(repoRoot, path.normalize(url.pathname));
    if (!file.startsWith(repoRoot) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

/** The documents both servers lint: files on disk (the Node server reads the files around them itself). */
interface Doc {
  uri: string;
  languageId: string;
  text: string;
}

describe('the browser build of the server, in a Web Worker in Chromium', { timeout: 180_000 }, () => {
  let harness: { url: string; close(): void };
  let browser: Browser;
  let page: Page;
  let node: LspTestClient;
  let project: string;
  const docs: Doc[] = [];
  const projectFiles: Record<string, ProjectFilesResult> = {};

  before(async () => {
    for (const bundle of ['dist/browser/server.js', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-bash.wasm', 'dist/server.js']) {
      assert.ok(fs.existsSync(path.join(repoRoot, bundle)), `${bundle} is built (node scripts/build.mjs)`);
    }
    // A small project: a config file that changes a severity, one Dockerfile with a .dockerignore, one without.
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-worker-'));
    fs.mkdirSync(path.join(project, '.git'));
    const shipshapeYaml = 'rules:\n  DL3025: error\n';
    fs.writeFileSync(path.join(project, '.shipshape.yaml'), shipshapeYaml);
    fs.mkdirSync(path.join(project, 'web'));
    fs.mkdirSync(path.join(project, 'tools'));
    fs.writeFileSync(path.join(project, 'web', '.dockerignore'), 'node_modules\n.git\n');
    // The Dockerfile compose.yaml builds (`build: .`): present, so the Node server finds nothing missing either.
    fs.writeFileSync(path.join(project, 'Dockerfile'), 'FROM alpine:3.20\n');
    const files: [string, string, string][] = [
      ['web/Dockerfile', 'dockerfile', SEED],
      ['tools/Dockerfile', 'dockerfile', 'FROM debian:bookworm\nRUN apt-get update && apt-get install curl\nCOPY . /src\nRUN cd /src && make\nCMD ["/src/tool"]\n'],
      ['compose.yaml', 'dockercompose', fs.readFileSync(path.join(repoRoot, 'examples', 'compose.yaml'), 'utf8')],
    ];
    for (const [name, languageId, text] of files) {
      const file = path.join(project, name);
      fs.writeFileSync(file, text);
      const uri = pathToFileURL(file).href;
      docs.push({ uri, languageId, text });
      // What the browser client would read through workspace.fs for this document.
      const dockerignore = path.join(path.dirname(file), '.dockerignore');
      projectFiles[uri] = {
        configFiles: [{ kind: 'shipshape', uri: pathToFileURL(path.join(project, '.shipshape.yaml')).href, text: shipshapeYaml }],
        ...(languageId === 'dockerfile' ? { dockerignore: fs.existsSync(dockerignore) ? fs.readFileSync(dockerignore, 'utf8') : null } : {}),
      };
    }

    harness = await serveHarness();
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(harness.url);
    await page.evaluate((answers: Record<string, ProjectFilesResult>) => Object.assign((globalThis as any).lsp.answers.projectFiles, answers), projectFiles);
    node = await LspTestClient.start({ pull: true });
    // The same initialize the Node server got, for the worker.
    await page.evaluate(
      async () => {
        const lsp = (globalThis as any).lsp;
        await lsp.request('initialize', {
          processId: null,
          rootUri: null,
          capabilities: {
            workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
            textDocument: {
              hover: { contentFormat: ['markdown', 'plaintext'] },
              codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
              diagnostic: { dynamicRegistration: false },
              publishDiagnostics: { versionSupport: true },
            },
          },
        });
        lsp.notify('initialized', {});
      },
    );
    for (const doc of docs) {
      await node.open(doc.uri, doc.text, doc.languageId);
      await page.evaluate((d: Doc) => (globalThis as any).lsp.notify('textDocument/didOpen', { textDocument: { ...d, version: 1 } }), doc);
    }
  });

  after(async () => {
    await node?.stop().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    harness?.close();
    if (project) fs.rmSync(project, { recursive: true, force: true });
  });

  const inWorker = <T>(method: string, params: unknown): Promise<T> =>
    page.evaluate(({ m, p }: { m: string; p: unknown }) => (globalThis as any).lsp.request(m, p), { m: method, p: params }) as Promise<T>;
  const both = async <T>(method: string, params: unknown): Promise<{ worker: T; node: T }> => ({
    worker: await inWorker<T>(method, params),
    node: await node.request<T>(method, params),
  });

  it('reports the same diagnostics as the Node server for Dockerfiles and a Compose file', async () => {
    for (const doc of docs) {
      const { worker, node: expected } = await both<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: doc.uri } });
      assert.ok(expected.items.length > 0, `the Node server finds something in ${doc.uri}`);
      assert.deepEqual(worker.items, expected.items, `diagnostics of ${path.relative(project, new URL(doc.uri).pathname)}`);
    }
  });

  it('reads RUN through the WebAssembly shell parser, the config file and the .dockerignore through the client', async () => {
    const rules = async (name: string) => {
      const uri = docs.find((d) => d.uri.endsWith(name))!.uri;
      return (await inWorker<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    };
    const tools = await rules('tools/Dockerfile');
    assert.ok(tools.some((d) => String(d.code).startsWith('apt-get')), `apt-get findings from the parsed RUN: ${JSON.stringify(tools.map((d) => d.code))}`);
    assert.ok(tools.some((d) => d.code === 'missing-dockerignore'), 'no .dockerignore beside tools/Dockerfile');
    const web = await rules('web/Dockerfile');
    assert.ok(!web.some((d) => d.code === 'missing-dockerignore'), 'web/.dockerignore was read');
    assert.equal(web.find((d) => d.code === 'shell-form-cmd')?.severity, 1, '.shipshape.yaml raised shell-form-cmd to error');
    const logs: string[] = await page.evaluate(() => (globalThis as any).lsp.logs);
    assert.deepEqual(logs.filter((l) => /shell parser|failed|error/i.test(l)), []);
  });

  it('does not check paths named in a Compose file: the Node server does (a documented gap of the web extension)', async () => {
    const uri = pathToFileURL(path.join(project, 'missing', 'compose.yaml')).href;
    const text = 'services:\n  api:\n    build: ./nowhere\n';
    fs.mkdirSync(path.join(project, 'missing'));
    fs.writeFileSync(path.join(project, 'missing', 'compose.yaml'), text);
    await node.open(uri, text, 'dockercompose');
    await page.evaluate((d: Doc) => (globalThis as any).lsp.notify('textDocument/didOpen', { textDocument: { ...d, version: 1 } }), { uri, languageId: 'dockercompose', text });
    const { worker, node: expected } = await both<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(expected.items.map((d) => d.code), ['compose-path-not-found']);
    assert.deepEqual(worker.items, [], 'if the browser build now checks paths, say so in docs/features-web.md and compare them above');
  });

  it('answers the same completion, outline and formatting as the Node server', async () => {
    const seed = { uri: docs[0].uri };
    const requests: [string, Record<string, unknown>][] = [
      ['textDocument/completion', { textDocument: seed, position: { line: 6, character: 0 } }],
      ['textDocument/completion', { textDocument: seed, position: { line: 2, character: 5 }, context: { triggerKind: 2, triggerCharacter: ' ' } }],
      ['textDocument/documentSymbol', { textDocument: seed }],
      ['textDocument/formatting', { textDocument: seed, options: { tabSize: 4, insertSpaces: true } }],
      ['textDocument/documentSymbol', { textDocument: { uri: docs[2].uri } }],
    ];
    for (const [method, params] of requests) {
      const { worker, node: expected } = await both(method, params);
      assert.ok(expected, `the Node server answers ${method} ${JSON.stringify(params)}`);
      // postMessage keeps properties set to undefined, which JSON over stdio drops.
      assert.deepEqual(JSON.parse(JSON.stringify(worker)), expected, method);
    }
    const symbols = (await inWorker<{ name: string }[]>('textDocument/documentSymbol', { textDocument: seed })).map((s) => s.name);
    assert.deepEqual(symbols, ['stage 0'], 'the seed is one unnamed stage');
  });

  it('answers the same hovers and code actions as the Node server', async () => {
    const seed = docs[0].uri;
    for (const position of [{ line: 1, character: 2 }, { line: 5, character: 8 }, { line: 0, character: 10 }]) {
      const { worker, node: expected } = await both('textDocument/hover', { textDocument: { uri: seed }, position });
      assert.ok(expected, `a hover at ${JSON.stringify(position)}`);
      assert.deepEqual(worker, expected);
    }
    for (const doc of docs) {
      const whole = { start: { line: 0, character: 0 }, end: { line: doc.text.split('\n').length, character: 0 } };
      const params = { textDocument: { uri: doc.uri }, range: whole, context: { diagnostics: [] } };
      const { worker, node: expected } = await both<unknown[]>('textDocument/codeAction', params);
      assert.ok(expected.length > 0, `code actions for ${doc.uri}`);
      assert.deepEqual(worker, expected);
    }
  });
});
