/**
 * Hostile input through the language server: a clear diagnostic within bounded time, other documents still
 * answered meanwhile, and memory given back when the document is closed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LspTestClient, SERVER_PATH, type Diagnostic } from '../protocol/lsp-client';
import { binaryText, compactMappingChain, deepYaml, longContinuation, loneSurrogates, tenMegabyteDockerfile, yamlAliasBomb } from './inputs';

/** Generous: the machine may be busy. The point is "seconds, not minutes". */
const BOUND_MS = 15_000;

describe('hostile input (language server over stdio)', () => {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start()));
  after(async () => client.stop());

  async function openAndWait(uri: string, text: string, languageId = 'dockerfile') {
    const started = performance.now();
    await client.open(uri, text, languageId);
    const published = await client.diagnostics(uri, 1, BOUND_MS);
    return { diagnostics: published.diagnostics, ms: performance.now() - started };
  }

  const only = (diagnostics: Diagnostic[], message: RegExp) => {
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].code, 'file-not-analysed');
    assert.equal(diagnostics[0].severity, 2);
    assert.match(diagnostics[0].message, message);
  };

  it('answers a 10 MB Dockerfile with "file too large to analyse" and keeps answering another document meanwhile', async () => {
    await openAndWait('file:///small/Dockerfile', 'FROM alpine:3.20\nUSER app\nCMD ["sh"]\n');
    const big = openAndWait('file:///big/Dockerfile', tenMegabyteDockerfile());
    const started = performance.now();
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: 'file:///small/Dockerfile' },
      position: { line: 0, character: 1 },
    });
    const hoverMs = performance.now() - started;
    assert.match(hover!.contents.value, /^\*\*FROM\*\*/);
    assert.ok(hoverMs < BOUND_MS, `hover took ${hoverMs.toFixed(0)} ms`);
    const { diagnostics, ms } = await big;
    only(diagnostics, /^File too large to analyse \(10\.0 MB/);
    assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
    await client.close('file:///big/Dockerfile');
  });

  it('answers a binary file and NUL characters with "not a text file"', async () => {
    only((await openAndWait('file:///binary/Dockerfile', binaryText())).diagnostics, /^Not a text file/);
    only((await openAndWait('file:///nul/compose.yaml', 'services:\n  web:\n    image: "alpine\0"\n', 'dockercompose')).diagnostics, /^Not a text file/);
  });

  /** Opens a hostile document and, while the server works on it, times a hover on a small one. */
  async function hoverMeanwhile(uri: string, text: string, languageId: string) {
    await openAndWait('file:///meanwhile/Dockerfile', 'FROM alpine:3.20\nUSER app\nCMD ["sh"]\n');
    const opened = openAndWait(uri, text, languageId);
    const started = performance.now();
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: 'file:///meanwhile/Dockerfile' }, position: { line: 0, character: 1 } });
    const hoverMs = performance.now() - started;
    assert.match(hover!.contents.value, /^\*\*FROM\*\*/);
    return { ...(await opened), hoverMs };
  }

  it('stays responsive to another document while it answers a 100,000-line continuation and an alias bomb', async () => {
    const run = await hoverMeanwhile('file:///meanwhile-run/Dockerfile', longContinuation(), 'dockerfile');
    only(run.diagnostics, /runs over 100002 lines/);
    const bomb = await hoverMeanwhile('file:///meanwhile-bomb/compose.yaml', yamlAliasBomb(), 'dockercompose');
    for (const { hoverMs, ms } of [run, bomb]) assert.ok(hoverMs < BOUND_MS && ms < BOUND_MS, `hover ${hoverMs.toFixed(0)} ms, diagnostics ${ms.toFixed(0)} ms`);
  });

  it('analyses a Latin-1 file the editor decoded as UTF-8 (replacement characters in a label) like any text', async () => {
    // What VS Code shows for invalid UTF-8: each bad byte becomes U+FFFD.
    const { diagnostics } = await openAndWait('file:///latin1/Dockerfile', 'FROM alpine:3.20\nLABEL description="caf\ufffd cr\ufffdme"\nUSER app\nCMD ["sh"]\n');
    assert.ok(!diagnostics.some((d) => d.code === 'internal-error' || d.code === 'file-not-analysed'), JSON.stringify(diagnostics));
  });

  it('gives memory back after hostile documents are closed (RSS, generous bound)', async () => {
    const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.pid}/status`, 'utf8'))![1]) / 1024;
    await openAndWait('file:///rss/Dockerfile', 'FROM alpine:3.20\nCMD ["sh"]\n');
    const before = rssMb();
    for (let n = 0; n < 3; n++) {
      const documents: [string, string, string][] = [
        [`file:///rss/${n}/big/Dockerfile`, tenMegabyteDockerfile(), 'dockerfile'],
        [`file:///rss/${n}/run/Dockerfile`, longContinuation(), 'dockerfile'],
        [`file:///rss/${n}/bomb/compose.yaml`, yamlAliasBomb(), 'dockercompose'],
        [`file:///rss/${n}/binary/Dockerfile`, binaryText(), 'dockerfile'],
      ];
      for (const [uri, text, languageId] of documents) {
        await openAndWait(uri, text, languageId);
        await client.close(uri);
      }
    }
    // Kept documents (three rounds of over 11 MB of text, plus their analyses) would grow RSS past the bound; what the
    // allocator keeps after freeing (30–90 MB here) stays under it.
    const after = rssMb();
    assert.ok(after - before < 150, `RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`);
  });

  it('analyses lone surrogates like any other character', async () => {
    const { diagnostics } = await openAndWait('file:///surrogates/Dockerfile', loneSurrogates());
    assert.ok(!diagnostics.some((d) => d.code === 'internal-error' || d.code === 'file-not-analysed'), JSON.stringify(diagnostics));
  });

  it('answers a 100,000-line RUN continuation, 5,000-deep YAML and YAML that overflows the parser stack, quickly', async () => {
    const run = await openAndWait('file:///continuation/Dockerfile', longContinuation());
    only(run.diagnostics, /runs over 100002 lines/);
    assert.ok(run.ms < BOUND_MS, `${run.ms.toFixed(0)} ms`);
    const yaml = await openAndWait('file:///deep/compose.yaml', deepYaml(), 'dockercompose');
    only(yaml.diagnostics, /nested more than 256 levels deep/);
    const overflow = await openAndWait('file:///overflow/compose.yaml', compactMappingChain(), 'dockercompose');
    only(overflow.diagnostics, /^File too complex to analyse: line 2 nests 5001 keys/);
  });

  it('reads a YAML alias bomb without expanding it', async () => {
    const { diagnostics, ms } = await openAndWait('file:///bomb/compose.yaml', yamlAliasBomb(), 'dockercompose');
    assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
    assert.ok(!diagnostics.some((d) => d.code === 'internal-error'), JSON.stringify(diagnostics.filter((d) => d.code === 'internal-error')));
  });

  it('gives the memory of a closed 10 MB document back: five open/close cycles fit a 100 MB heap', async () => {
    // With the old space capped, a server keeping each closed document (some 30 MB apiece) would die of it.
    const capped = await LspTestClient.start({ serverArgs: ['--max-old-space-size=100', SERVER_PATH, '--stdio'] });
    try {
      const text = tenMegabyteDockerfile();
      for (let n = 0; n < 5; n++) {
        const uri = `file:///cycle/${n}/Dockerfile`;
        await capped.open(uri, text);
        assert.equal((await capped.diagnostics(uri, 1, BOUND_MS)).diagnostics[0].code, 'file-not-analysed');
        await capped.close(uri);
      }
      await capped.open('file:///after/Dockerfile', 'FROM alpine:3.20\nCMD sh\n');
      assert.equal((await capped.diagnostics('file:///after/Dockerfile', 1, BOUND_MS)).diagnostics.length > 0, true, 'the server still answers');
    } finally {
      await capped.stop();
    }
  });
});
