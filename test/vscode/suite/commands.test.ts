/** The contributed command works, and the server answers again after a restart. */
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsWithRules, openUntitled } from '../helpers';

suite('commands', () => {
  suiteSetup(activateExtension);

  test('"Shipshape: Restart Server" restarts it, and documents are linted again', async () => {
    await vscode.commands.executeCommand('shipshape.restartServer');
    const { document } = await openUntitled('FROM alpine:3.20\nUSER 10001\nCMD sh\n');
    await diagnosticsWithRules(document.uri, ['shell-form-cmd']);
  });
});
