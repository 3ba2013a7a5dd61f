/**
 * The language server in a browser Web Worker (vscode.dev, github.dev): LSP over postMessage, the same engine and
 * LSP wiring as on Node. The client's first message carries the shell parser's .wasm files; everything after it is
 * LSP. Files around a document are read by the client (see project-files.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { initShellParser } from '../engine';
import { startServer } from '../lsp/server';
import { readProjectFilesThroughClient } from './project-files';
import type { WorkerStartMessage } from '../../../shared/protocol';

/** The parts of the worker's global scope used here (the project compiles without the DOM library). */
declare const self: {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

function start(event: { data: unknown }): void {
  // Listeners added while this event is dispatched do not see it, so the reader gets exactly the messages after it.
  self.removeEventListener('message', start);
  const { shellParserWasm } = event.data as WorkerStartMessage;
  const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
  const ready = initShellParser(shellParserWasm).catch((error: unknown) => {
    connection.console.error(`Shipshape could not load its shell parser, so RUN instructions are not analysed: ${String(error)}`);
  });
  startServer(connection, {
    ready,
    setTimeout(callback, ms) {
      const handle = setTimeout(callback, ms);
      return { dispose: () => clearTimeout(handle) };
    },
    readProjectFiles: (uri, language) => readProjectFilesThroughClient(connection, uri, language),
  });
}

self.addEventListener('message', start);
