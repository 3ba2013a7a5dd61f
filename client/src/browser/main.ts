/** vscode.dev / github.dev: the server runs in a Web Worker, spoken to over postMessage. */
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
  const start: WorkerStartMessage = {
    shellParserWasm: {
      coreWasm: vscode.Uri.joinPath(dist, 'web-tree-sitter.wasm').toString(true),
      bashWasm: vscode.Uri.joinPath(dist, 'tree-sitter-bash.wasm').toString(true),
    },
  };
  let worker: ServerWorker | undefined;
  context.subscriptions.push({ dispose: () => worker?.terminate() });
  await startClient(context, (id, name, options) => {
    worker?.terminate(); // the server of a client that a restart has just stopped
    worker = new Worker(vscode.Uri.joinPath(dist, 'browser', 'server.js').toString(true));
    worker.postMessage(start);
    const client = new LanguageClient(id, name, options, worker);
    client.onRequest(PROJECT_FILES_REQUEST, (params: ProjectFilesParams) => findProjectFiles(params));
    return client;
  });
}

export function deactivate(): void {
  // The client is stopped and the worker terminated through the disposables registered above.
}
