/**
 * Everything the client does, place-agnostic: the Node and browser entry points pass in how to create the
 * language client (IPC to a process, or a Worker) and call this.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { COMPOSE_LANGUAGE_ID, DOCKERFILE_LANGUAGE_ID, PROJECT_FILE_GLOBS } from '../../shared/settings';
import { OTHER_EXTENSIONS_CHANGED, type InitializationOptions } from '../../shared/protocol';
import { detectOtherExtensions, onOtherExtensionsChanged } from './compose/other-extensions';
import { watchComposeFiles } from './compose/compose-files';

export type CreateClient = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export async function startClient(context: vscode.ExtensionContext, createClient: CreateClient): Promise<void> {
  const output = vscode.window.createOutputChannel('Shipshape', { log: true });
  context.subscriptions.push(output);
  // Config and ignore files change how documents are linted; the server re-lints when they change.
  const fileEvents = PROJECT_FILE_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...fileEvents);
  const clientOptions: LanguageClientOptions = {
    // `untitled` too: a new unsaved Dockerfile gets squiggles as soon as its language is set. The browser client sees
    // `vscode-vfs` (github.dev) and `vscode-remote` (a remote window: code-server, Codespaces) documents.
    documentSelector: [DOCKERFILE_LANGUAGE_ID, COMPOSE_LANGUAGE_ID].flatMap((language) =>
      ['file', 'untitled', 'vscode-vfs', 'vscode-remote'].map((scheme) => ({ scheme, language })),
    ),
    synchronize: { configurationSection: 'shipshape', fileEvents },
    outputChannel: output,
    diagnosticPullOptions: { onChange: true, onSave: true },
    // A function, so a restarted server hears about extensions installed since.
    initializationOptions: (): InitializationOptions => ({ otherExtensions: detectOtherExtensions() }),
  };
  let client = createClient('shipshape', 'Shipshape', clientOptions);
  await client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand('shipshape.restartServer', async () => {
      output.info('Restarting the Shipshape language server');
      await client.stop();
      client = createClient('shipshape', 'Shipshape', clientOptions);
      await client.start();
    }),
    { dispose: () => void client.stop() },
    onOtherExtensionsChanged((others) => void client.sendNotification(OTHER_EXTENSIONS_CHANGED, others)),
    watchComposeFiles(),
  );
}
