// `npm run test:e2e` (the second phase of `npm test`): installs or checks the real-editor toolchain (code-server,
// Chromium, playwright-core; cached outside the repository), builds, then runs the suites one after the other:
//   editor.e2e.ts          the packaged .vsix in code-server, driven in Chromium (it packages the .vsix)
//   web-extension.e2e.ts   the same .vsix run by code-server's web worker extension host (the `browser` entry)
//   extension-host.e2e.ts  the mocha suite in test/vscode, inside code-server's extension host
//   web-worker.e2e.ts      dist/browser/server.js in a Web Worker vs the Node server
// Screenshots, reports and code-server logs land in test-output/e2e/ and stay there whatever the outcome.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const SUITES = ['editor', 'web-extension', 'extension-host', 'web-worker'].map((name) => join('test', 'e2e', `${name}.e2e.ts`));
const started = Date.now();
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status;

console.log('\n==> e2e: setting up code-server, Chromium and playwright-core (bash test/e2e/setup.sh)');
if (run('bash', ['test/e2e/setup.sh']) !== 0) {
  console.error(
    '\nERROR: the real-editor tests cannot run: test/e2e/setup.sh failed (its message is above).\n' +
      'They need Debian packages (apt-get, as root), code-server and playwright-core from the npm registry.\n' +
      'They are part of `npm test` and are not skipped.',
  );
  process.exit(1);
}

console.log('\n==> e2e: building');
if (run(process.execPath, ['scripts/build.mjs']) !== 0) process.exit(1);

const output = join(root, 'test-output', 'e2e');
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });

console.log(`\n==> e2e: ${SUITES.join(', ')}`);
const status = run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...SUITES]);
console.log(`\n==> e2e: ${status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s; screenshots and logs in test-output/e2e/`);
process.exit(status ?? 1);
