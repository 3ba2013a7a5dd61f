/** A Dockerfile opened in the workspace gets our diagnostics, each on its token, updated as the text changes. */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, diagnostics, diagnosticsWithRules, openUntitled, openWorkspaceFile, ruleOf, sorted, summary } from '../helpers';
import { SEED_RULES } from '../seed';

suite('diagnostics', () => {
  suiteSetup(activateExtension);

  test('the seed Dockerfile gets its three findings, on their tokens, with source, docs link and severity', async () => {
    const editor = await openWorkspaceFile('Dockerfile');
    const found = sorted(await diagnosticsWithRules(editor.document.uri, SEED_RULES));
    assert.deepEqual(found.map(summary), [
      { rule: 'root-final-stage', range: [0, 5, 0, 19] },
      { rule: 'install-after-copy-all', range: [2, 0, 2, 8] },
      { rule: 'shell-form-cmd', range: [5, 4, 5, 18] },
    ]);
    assert.equal(editor.document.getText(found[2].range), 'node server.js');
    for (const diagnostic of found) {
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.match(code.target.toString(), new RegExp(`/docs/rules/${code.value}\\.md$`));
    }
    assert.match(found[2].message, /SIGTERM/);
  });

  test('diagnostics follow edits: a new finding appears as it is typed and goes when it is undone', async () => {
    const editor = await openUntitled('FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n');
    const uri = editor.document.uri;
    await diagnosticsWithRules(uri, []);
    await editor.edit((edit) => edit.replace(new vscode.Range(2, 4, 2, 10), 'sh -c true'));
    const [finding] = await diagnosticsWithRules(uri, ['shell-form-cmd']);
    assert.deepEqual(summary(finding).range, [2, 4, 2, 14]);
    await vscode.commands.executeCommand('undo');
    await diagnosticsWithRules(uri, []);
  });

  test('a Compose file gets its diagnostics', async () => {
    const editor = await openWorkspaceFile('compose.yaml');
    assert.equal(editor.document.languageId, 'dockercompose');
    const found = await diagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'compose-schema'));
    const typo = found.find((d) => ruleOf(d) === 'compose-schema')!;
    assert.equal(editor.document.getText(typo.range), 'helthcheck');
    assert.match(typo.message, /healthcheck/);
  });
});
