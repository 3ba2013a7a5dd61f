/**
 * The web extension (package.json `browser`: dist/browser/extension.js, its server in a Web Worker) in a real
 * workbench: code-server told to run Shipshape in its web worker extension host (`remote.extensionKind: web`), as
 * vscode.dev would. No Node server process may start; files around the document are read through workspace.fs.
 * Needs the packaged .vsix (editor.e2e.ts builds it, or `npm run package`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, openWorkbench, repoRoot, saveLogs, startCodeServer, type Browser, type CodeServerInstance } from './code-server';
import { Workbench, type Squiggle } from './workbench';
import { SEED } from '../vscode/seed';

const outDir = path.join(repoRoot, 'test-output', 'e2e');
const vsix = path.join(repoRoot, 'dist', 'shipshape.vsix');
const drawn = (squiggles: Squiggle[]) => squiggles.map(({ severity, line, text }) => ({ severity, line, text })).sort((a, b) => a.line - b.line || a.text.localeCompare(b.text));

/** Node processes running the extension's Node server out of this code-server's extensions folder. */
function nodeServerProcesses(extensionsDir: string): string[] {
  return fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .map((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        return '';
      }
    })
    .filter((command) => command.includes(extensionsDir) && command.includes('dist/server.js'));
}

describe('the web extension in code-server\'s web worker extension host', { timeout: 300_000 }, () => {
  let workspace: string;
  let server: CodeServerInstance;
  let browser: Browser;
  let bench: Workbench;

  before(async () => {
    assert.ok(fs.existsSync(vsix), `${vsix} is packaged (npm run package)`);
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-web-'));
    // No .dockerignore; a config file that raises shell-form-cmd to an error. Only the client can read either.
    fs.writeFileSync(path.join(workspace, 'Dockerfile'), SEED);
    fs.writeFileSync(path.join(workspace, '.shipshape.yaml'), 'rules:\n  shell-form-cmd: error\n');
    server = await startCodeServer({ workspaceDir: workspace, vsixPath: vsix, settings: { 'remote.extensionKind': { 'shipshape.shipshape': ['web'] } } });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    bench = await Workbench.attach(page, outDir);
    await openWorkbench(page, server.url, workspace);
  });

  after(async () => {
    await bench?.screenshot('scenario-web-extension').catch(() => undefined);
    await browser?.close().catch(() => undefined);
    if (server) saveLogs(server, path.join(outDir, 'logs-web-extension'));
    await server?.stop();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('lints with the server in a Web Worker, reading the config and the missing .dockerignore through workspace.fs', async () => {
    await bench.openFile('Dockerfile');
    // missing-dockerignore underlines the `.` inside install-after-copy-all's `COPY . .`: one squiggle is drawn for both.
    const expected = [
      { severity: 'warning', line: 1, text: 'node:20-alpine' },
      { severity: 'warning', line: 3, text: 'COPY . .' },
      { severity: 'error', line: 6, text: 'node server.js' },
    ];
    await bench.waitForSquiggles('the findings of the web server', (s) => JSON.stringify(drawn(s)) === JSON.stringify(expected), 90_000);
    const problems = await bench.waitForProblems('four problems', (p) => p.length === 4);
    assert.deepEqual(
      problems.map((p) => [p.severity, p.code, p.position]),
      [
        ['error', 'shell-form-cmd', '[Ln 6, Col 5]'],
        ['warning', 'root-final-stage', '[Ln 1, Col 6]'],
        ['warning', 'install-after-copy-all', '[Ln 3, Col 1]'],
        ['warning', 'missing-dockerignore', '[Ln 3, Col 6]'],
      ],
    );
    await bench.closePanel();
    assert.deepEqual(nodeServerProcesses(server.extensionsDir), [], 'no Node server runs: the browser entry is in use');
  });

  it('shows hovers and applies a quick fix', async () => {
    const hover = await bench.hover(6, 'server.js', /shell-form-cmd \(DL3025/);
    assert.match(hover, /shell-form-cmd \(DL3025, JSONArgsRecommended\) · error/);
    await bench.closeHover();
    await bench.moveCursor(6, 8);
    await bench.openQuickFixMenu();
    await bench.pickAction('Convert to exec form');
    await bench.waitForSquiggles('the error to go', (s) => !s.some((x) => x.severity === 'error'));
    assert.equal(await bench.text(), SEED.replace('CMD node server.js', 'CMD ["node", "server.js"]'));
  });
});
