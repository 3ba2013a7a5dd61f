/** Formatting over stdio: document, range and on-type requests answer with exact minimal edits. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, LspTestClient, type Diagnostic } from './lsp-client';

type TextEdit = { range: Diagnostic['range']; newText: string };

const range = (line: number, start: number, endLine: number, end: number): Diagnostic['range'] => ({ start: { line, character: start }, end: { line: endLine, character: end } });
const OPTIONS = { tabSize: 4, insertSpaces: true };

const MESSY = ['from alpine:3.20 as base', 'run   apk add --no-cache curl && \\', '  rm -rf /tmp/*', '#comment', 'CMD ["curl","-h"]   ', ''].join('\n');

describe('formatting over stdio', () => {
  let client: LspTestClient;
  before(async () => (client = await LspTestClient.start()));
  after(async () => client.stop());

  it('announces document, range and on-type formatting (on a line break)', () => {
    assert.equal(client.capabilities.documentFormattingProvider, true);
    assert.equal(client.capabilities.documentRangeFormattingProvider, true);
    assert.deepEqual(client.capabilities.documentOnTypeFormattingProvider, { firstTriggerCharacter: '\n' });
  });

  it('formats a document with minimal edits, and a second time with none', async () => {
    const uri = 'file:///format/Dockerfile';
    await client.open(uri, MESSY);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: OPTIONS });
    assert.deepEqual(edits, [
      { range: range(0, 0, 0, 4), newText: 'FROM' },
      { range: range(0, 17, 0, 19), newText: 'AS' },
      { range: range(1, 0, 1, 3), newText: 'RUN' },
      { range: range(1, 3, 1, 6), newText: ' ' },
      { range: range(2, 0, 2, 2), newText: '    ' },
      { range: range(3, 1, 3, 1), newText: ' ' },
      { range: range(4, 12, 4, 12), newText: ' ' },
      { range: range(4, 17, 4, 20), newText: '' },
    ]);
    const formatted = applyTextEdits(MESSY, edits);
    assert.equal(formatted, ['FROM alpine:3.20 AS base', 'RUN apk add --no-cache curl && \\', '    rm -rf /tmp/*', '# comment', 'CMD ["curl", "-h"]', ''].join('\n'));
    await client.change(uri, 2, [{ text: formatted }]);
    assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: OPTIONS }), []);
  });

  it('indents with a tab when the editor indents with tabs', async () => {
    const uri = 'file:///format-tabs/Dockerfile';
    await client.open(uri, 'RUN a && \\\n  b\n');
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 8, insertSpaces: false } });
    assert.deepEqual(edits, [{ range: range(1, 0, 1, 2), newText: '\t' }]);
  });

  it('formats only the instructions a range touches', async () => {
    const uri = 'file:///format-range/Dockerfile';
    await client.open(uri, MESSY);
    const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range: range(2, 3, 4, 0), options: OPTIONS });
    // The RUN (lines 1–2) and the comment; FROM and CMD are outside. Keywords stay: FROM would be left lower case.
    assert.deepEqual(edits, [
      { range: range(1, 3, 1, 6), newText: ' ' },
      { range: range(2, 0, 2, 2), newText: '    ' },
      { range: range(3, 1, 3, 1), newText: ' ' },
    ]);
  });

  it('indents the line after a continuation as it is typed', async () => {
    const uri = 'file:///format-type/Dockerfile';
    await client.open(uri, 'FROM alpine:3.20\nRUN apk add curl && \\\n\n');
    const edits = await client.request<TextEdit[]>('textDocument/onTypeFormatting', { textDocument: { uri }, position: { line: 2, character: 0 }, ch: '\n', options: OPTIONS });
    assert.deepEqual(edits, [{ range: range(2, 0, 2, 0), newText: '    ' }]);
    // Below a hand-aligned continuation line, the new line takes its indentation.
    await client.change(uri, 2, [{ text: 'FROM alpine:3.20\nRUN apk add curl \\\n && true && \\\n\n' }]);
    const aligned = await client.request<TextEdit[]>('textDocument/onTypeFormatting', { textDocument: { uri }, position: { line: 3, character: 0 }, ch: '\n', options: OPTIONS });
    assert.deepEqual(aligned, [{ range: range(3, 0, 3, 0), newText: ' ' }]);
  });

  it('re-indents a Compose file and keeps everything after the indentation byte-for-byte', async () => {
    const uri = 'file:///format-compose/compose.yaml';
    const text = 'services:\n    web:\n        image: "nginx:1.27" # pinned\n        ports: [ "80:80" ]\n';
    await client.open(uri, text, 'dockercompose');
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits, [
      { range: range(1, 0, 1, 4), newText: '  ' },
      { range: range(2, 0, 2, 8), newText: '    ' },
      { range: range(3, 0, 3, 8), newText: '    ' },
    ]);
  });

  it('takes shipshape.format.realignContinuations from the settings', async () => {
    const realigning = await LspTestClient.start({ settings: { format: { realignContinuations: true } } });
    try {
      const uri = 'file:///format-realign/Dockerfile';
      const text = 'RUN set -eux; \\\n  if true; then \\\n      echo hi; \\\n  fi\n';
      await realigning.open(uri, text);
      const edits = await realigning.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: OPTIONS });
      assert.equal(applyTextEdits(text, edits), 'RUN set -eux; \\\n    if true; then \\\n    echo hi; \\\n    fi\n');
      await client.open(uri, text);
      assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: OPTIONS }), []);
    } finally {
      await realigning.stop();
    }
  });
});
