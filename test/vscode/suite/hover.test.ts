/** Hovers show our docs: on an instruction keyword, and on a finding (its rule, why, and fix). */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, diagnosticsWithRules, hoverText, openWorkspaceFile } from '../helpers';
import { SEED_RULES } from '../seed';

suite('hover', () => {
  let uri: vscode.Uri;
  suiteSetup(async () => {
    await activateExtension();
    uri = (await openWorkspaceFile('Dockerfile')).document.uri;
    await diagnosticsWithRules(uri, SEED_RULES);
  });

  test('an instruction keyword shows what the instruction does', async () => {
    const text = await hoverText(uri, new vscode.Position(1, 2));
    assert.match(text, /^\*\*WORKDIR\*\*/m);
  });

  test('a flagged token shows the rule, its aliases, why it matters and its quick fix', async () => {
    const text = await hoverText(uri, new vscode.Position(5, 8));
    assert.match(text, /\*\*shell-form-cmd\*\* \(`DL3025`, `JSONArgsRecommended`\)/);
    assert.match(text, /SIGTERM/);
    assert.match(text, /Quick fix: \*Convert to exec form\*/);
  });
});
