/**
 * Everything the client does, place-agnostic: the Node and browser entry points pass in how to create the
 * language client (IPC to a process, or a Worker) and call this.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { COMPOSE_LANGUAGE_ID, DOCKERFILE_LANGUAGE_ID } from '../../shared/settings';

export type CreateClient = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export async function startClient(context: vscode.ExtensionContext, createClient: CreateClient): Promise<void> {
  const output = vscode.window.createOutputChannel('Shipshape', { log: true });
  context.subscriptions.push(output);
  const clientOptions: LanguageClientOptions = {
    // `untitled` too: a new unsaved Dockerfile gets squiggles as soon as its language is set.
    documentSelector: [DOCKERFILE_LANGUAGE_ID, COMPOSE_LANGUAGE_ID].flatMap((language) =>
      ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ scheme, language })),
    ),
    synchronize: { configurationSection: 'shipshape' },
    outputChannel: output,
    diagnosticPullOptions: { onChange: true, onSave: true },
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
  );
}
