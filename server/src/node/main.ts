/** The language server on Node: stdio (`--stdio`) for any editor, IPC when VS Code starts it. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, {
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(handle) };
  },
});
