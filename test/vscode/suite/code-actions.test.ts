/** Quick fixes and fix-all, run through VS Code's code action provider and applied with workspace.applyEdit. */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, applyCodeAction, codeActions, diagnostics, diagnosticsWithRules, openUntitled, openWorkspaceFile, ruleOf } from '../helpers';
import { FIXED, SAFE_FIXED, SEED, SEED_RULES } from '../seed';

suite('code actions', () => {
  suiteSetup(activateExtension);

  test('each finding offers its fix first, then ignoring the rule', async () => {
    const { document } = await openWorkspaceFile('Dockerfile');
    const found = await diagnosticsWithRules(document.uri, SEED_RULES);
    const titles = async (rule: string) =>
      (await codeActions(document.uri, found.find((d) => ruleOf(d) === rule)!.range, vscode.CodeActionKind.QuickFix.value)).map((a) => a.title);
    assert.deepEqual(await titles('shell-form-cmd'), ['Convert to exec form', 'Ignore shell-form-cmd for this line', 'Ignore shell-form-cmd in this file']);
    assert.match((await titles('install-after-copy-all'))[0], /^Copy dependency manifests first/);
    assert.match((await titles('root-final-stage'))[0], /^Run as a non-root user/);
  });

  test('the three quick fixes, one after the other, give the fixed Dockerfile', async () => {
    const editor = await openUntitled(SEED);
    const uri = editor.document.uri;
    let found = await diagnosticsWithRules(uri, SEED_RULES);
    const steps: [string, string][] = [
      ['shell-form-cmd', 'Convert to exec form'],
      ['install-after-copy-all', 'Copy dependency manifests first'],
      ['root-final-stage', 'Run as a non-root user'],
    ];
    for (const [rule, title] of steps) {
      const diagnostic = found.find((d) => ruleOf(d) === rule);
      assert.ok(diagnostic, `${rule} is reported before its fix`);
      await applyCodeAction(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, title);
      found = await diagnostics(uri, (now) => !now.some((d) => ruleOf(d) === rule));
    }
    assert.equal(editor.document.getText(), FIXED);
    await diagnosticsWithRules(uri, []);
  });

  test('"Fix all" applies the safe fixes; the source action for every fix applies all three', async () => {
    const editor = await openUntitled(SEED);
    const uri = editor.document.uri;
    await diagnosticsWithRules(uri, SEED_RULES);
    const everywhere = new vscode.Range(0, 0, 0, 0);
    await applyCodeAction(uri, everywhere, 'source.fixAll.shipshape', 'Fix all safe Shipshape problems');
    assert.equal(editor.document.getText(), SAFE_FIXED);
    await diagnosticsWithRules(uri, ['root-final-stage', 'install-after-copy-all']);
    await applyCodeAction(uri, everywhere, 'source.shipshape.applyAllFixes', 'Apply every Shipshape fix');
    assert.equal(editor.document.getText(), FIXED);
    await diagnosticsWithRules(uri, []);
  });

  test('a Compose typo is fixed by its quick fix', async () => {
    const editor = await openUntitled('services:\n  api:\n    image: nginx:1.27\n    helthcheck:\n      test: ["CMD", "true"]\n', 'dockercompose');
    const [typo] = await diagnosticsWithRules(editor.document.uri, ['compose-schema']);
    await applyCodeAction(editor.document.uri, typo.range, vscode.CodeActionKind.QuickFix.value, 'Rename to `healthcheck`');
    assert.equal(editor.document.getText(), 'services:\n  api:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n');
    await diagnosticsWithRules(editor.document.uri, []);
  });
});
