/**
 * The extension-host suite (test/vscode, mocha) run inside code-server's extension host, as @vscode/test-electron
 * runs it in desktop VS Code: the workbench URL's payload names the extension (this repository, built) and the test
 * entry (dist/test/vscode/index.js). The suite writes a JSON report, read here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot, runExtensionTests } from './code-server';
import type { TestReport } from '../vscode/suite/index';

const outDir = path.join(repoRoot, 'test-output', 'e2e');

test('the extension-host suite passes inside code-server', { timeout: 480_000 }, async (t) => {
  fs.mkdirSync(outDir, { recursive: true });
  const entry = path.join(repoRoot, 'dist', 'test', 'vscode', 'index.js');
  assert.ok(fs.existsSync(entry), `${entry} is built (node scripts/build.mjs)`);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-exthost-'));
  const workspaceDir = path.join(temp, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'vscode', 'workspace'), workspaceDir, { recursive: true });
  const reportPath = path.join(temp, 'report.json');
  t.after(() => fs.rmSync(temp, { recursive: true, force: true }));

  const result = await runExtensionTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: entry,
    workspaceDir,
    env: { SHIPSHAPE_VSCODE_TEST_REPORT: reportPath },
    timeoutMs: 420_000,
    screenshotPath: path.join(outDir, 'scenario-extension-host.png'),
  });
  fs.writeFileSync(path.join(outDir, 'extension-host-console.log'), result.console.join('\n'));
  assert.ok(fs.existsSync(reportPath), `the suite wrote no report (exit code ${result.exitCode}); console:\n${result.console.slice(-40).join('\n')}`);
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as TestReport;
  fs.copyFileSync(reportPath, path.join(outDir, 'extension-host-report.json'));
  for (const title of report.passes) t.diagnostic(`✔ ${title}`);
  const failures = report.failures.map((f) => `✘ ${f.title}\n${f.error}`).join('\n\n');
  assert.equal(report.failures.length, 0, failures);
  assert.ok(report.passes.length >= 17, `only ${report.passes.length} extension-host tests ran`);
  assert.equal(result.exitCode, 0, 'the extension host reported failure');
});
