/** Settings reach the server: a rule turned off (by alias) loses its diagnostics, and comes back with them. */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, diagnostics, diagnosticsWithRules, openUntitled, ruleOf } from '../helpers';
import { SEED, SEED_RULES } from '../seed';

suite('settings', () => {
  const shipshape = () => vscode.workspace.getConfiguration('shipshape');
  suiteSetup(activateExtension);
  suiteTeardown(() => shipshape().update('rules', undefined, vscode.ConfigurationTarget.Global));

  test('"shipshape.rules": { "DL3025": "off" } removes the shell-form-cmd diagnostic', async () => {
    const { document } = await openUntitled(SEED);
    await diagnosticsWithRules(document.uri, SEED_RULES);
    await shipshape().update('rules', { DL3025: 'off' }, vscode.ConfigurationTarget.Global);
    await diagnosticsWithRules(document.uri, ['root-final-stage', 'install-after-copy-all']);
    await shipshape().update('rules', undefined, vscode.ConfigurationTarget.Global);
    await diagnosticsWithRules(document.uri, SEED_RULES);
  });

  test('a severity setting changes the diagnostic severity', async () => {
    const { document } = await openUntitled(SEED);
    await shipshape().update('rules', { 'root-final-stage': 'error' }, vscode.ConfigurationTarget.Global);
    const found = await diagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'root-final-stage' && x.severity === vscode.DiagnosticSeverity.Error));
    assert.deepEqual(found.map((d) => [ruleOf(d), d.severity]).sort(), [
      ['install-after-copy-all', vscode.DiagnosticSeverity.Warning],
      ['root-final-stage', vscode.DiagnosticSeverity.Error],
      ['shell-form-cmd', vscode.DiagnosticSeverity.Warning],
    ]);
  });
});
