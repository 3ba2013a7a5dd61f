/** vscode.dev / github.dev (and remote windows set to run it on the web): the server runs in a Web Worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startClient } from '../extension';
import { PROJECT_FILES_REQUEST, type ProjectFilesParams, type WorkerStartMessage } from '../../../shared/protocol';
import { findProjectFiles } from './project-files';

/** The Worker of the web extension host (the project compiles without the DOM library). */
interface ServerWorker {
  postMessage(message: WorkerStartMessage): void;
  terminate(): void;
}
declare const Worker: new (url: string) => ServerWorker;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  const [script, coreWasm, bashWasm] = await Promise.all(
    ['browser/server.js', 'web-tree-sitter.wasm', 'tree-sitter-bash.wasm'].map((file) => readExtensionFile(vscode.Uri.joinPath(dist, file))),
  );
  // From a blob, not the script's URL: VS Code refuses to start a worker from a `vscode-remote:` URI.
  const serverUrl = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  const start: WorkerStartMessage = { shellParserWasm: { coreWasm, bashWasm } };
  let worker: ServerWorker | undefined;
  context.subscriptions.push({
    dispose: () => {
      worker?.terminate();
      URL.revokeObjectURL(serverUrl);
    },
  });
  await startClient(context, (id, name, options) => {
    worker?.terminate(); // the server of a client that a restart has just stopped
    worker = new Worker(serverUrl);
    worker.postMessage(start);
    const client = new LanguageClient(id, name, options, worker);
    client.onRequest(PROJECT_FILES_REQUEST, (params: ProjectFilesParams) => findProjectFiles(params));
    return client;
  });
}

export function deactivate(): void {
  // The client is stopped and the worker terminated through the disposables registered above.
}

/**
 * A file of the extension. vscode.dev serves extensions over https, which `workspace.fs` cannot read; in a remote
 * window (code-server, Codespaces) they have `vscode-remote:` URIs, which only `workspace.fs` reads.
 */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'http' && uri.scheme !== 'https') return vscode.workspace.fs.readFile(uri);
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`Shipshape could not load ${uri.toString(true)}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
