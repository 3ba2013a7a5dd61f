/** Desktop VS Code: the server runs as a Node process, spoken to over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { startClient } from '../extension';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  await startClient(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options));
}

export function deactivate(): void {
  // The client is stopped through the disposable registered in startClient.
}
