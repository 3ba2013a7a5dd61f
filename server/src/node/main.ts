/** The language server on Node: stdio (`--stdio`) for any editor, IPC when VS Code starts it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { loadConfigFor, loadDockerignoreFor } from './config-files';
import { pathExistsBeside } from './path-facts';
import { bundledShellParserWasm, initShellParserFromFiles } from './shell-parser';

const connection = createConnection(ProposedFeatures.all);
// The parser loads while the client initialises; analyses wait for it (the .wasm files sit beside this bundle).
const ready = initShellParserFromFiles(bundledShellParserWasm(__dirname)).catch((error: unknown) => {
  connection.console.error(`Shipshape could not load its shell parser, so RUN instructions are not analysed: ${String(error)}`);
});
startServer(connection, {
  ready,
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(handle) };
  },
  readTextFile(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
  async readProjectFiles(uri, language) {
    if (!uri.startsWith('file:')) return { config: {}, sources: [], errors: [] };
    const path = fileURLToPath(uri);
    const { config, sources, errors } = loadConfigFor(path);
    return {
      config,
      sources,
      errors,
      dockerignore: language === 'dockerfile' ? loadDockerignoreFor(path) : undefined,
      pathExists: pathExistsBeside(path),
    };
  },
});
