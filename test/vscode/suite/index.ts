/**
 * The extension-host test entry (`extensionTestsPath`): runs every `*.test.js` beside it with mocha (tdd), inside
 * VS Code (@vscode/test-electron, `npm run test:vscode`) or inside code-server (test/e2e/extension-host.e2e.ts).
 * With SHIPSHAPE_VSCODE_TEST_REPORT set, it also writes a JSON report there: code-server only shows the extension
 * host's console in the browser, unformatted.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface TestReport {
  passes: string[];
  failures: { title: string; error: string }[];
  pending: string[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 5_000 });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  const report: TestReport = { passes: [], failures: [], pending: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const output = process.env.SHIPSHAPE_VSCODE_TEST_REPORT;
      if (output) writeFileSync(output, JSON.stringify(report, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => report.passes.push(t.fullTitle()));
    runner.on('pending', (t) => report.pending.push(t.fullTitle()));
    runner.on('fail', (t, error: Error) => report.failures.push({ title: t.fullTitle(), error: error.stack ?? String(error) }));
  });
}
