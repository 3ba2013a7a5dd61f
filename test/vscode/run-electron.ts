/**
 * `npm run test:vscode`: the extension-host suite in desktop VS Code, downloaded by @vscode/test-electron (needs
 * access to update.code.visualstudio.com; set VSCODE_EXECUTABLE to use an installed VS Code instead). Where VS Code
 * cannot be downloaded the same suite runs inside code-server: test/e2e/extension-host.e2e.ts, part of `npm test`.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = join(__dirname, '..', '..');

async function main(): Promise<void> {
  // A copy of the workspace, so nothing a test does can touch the fixtures in the repository.
  const workspace = join(mkdtempSync(join(tmpdir(), 'shipshape-vscode-')), 'workspace');
  cpSync(join(__dirname, 'workspace'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist', 'test', 'vscode', 'index.js'),
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
