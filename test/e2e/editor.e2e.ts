/**
 * Shipshape in a real VS Code: the packaged .vsix installed into code-server, the workbench shown in Chromium and
 * used as a person would. Every scenario asserts what is on screen and saves a screenshot of its end state in
 * test-output/e2e/ (the README's pictures are picked from there: npm run screenshots).
 * One code-server and one browser serve all scenarios; they run in order on one workspace.
 *
 *   bash test/e2e/setup.sh && node --import tsx --test test/e2e/editor.e2e.ts
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, openWorkbench, repoRoot, saveLogs, startCodeServer, type Browser, type CodeServerInstance } from './code-server';
import { Workbench, type Squiggle } from './workbench';
import { FIXED, SAFE_FIXED, SEED } from '../vscode/seed';

const outDir = path.join(repoRoot, 'test-output', 'e2e');
const vsix = path.join(repoRoot, 'dist', 'shipshape.vsix');
const COMPOSE = fs.readFileSync(path.join(repoRoot, 'examples', 'compose.yaml'), 'utf8');

/** The seed's three findings as drawn: a warning under each offending token. */
const SEED_SQUIGGLES = [
  { severity: 'warning', line: 1, text: 'node:20-alpine' }, // root-final-stage
  { severity: 'warning', line: 3, text: 'COPY . .' }, // install-after-copy-all
  { severity: 'warning', line: 6, text: 'node server.js' }, // shell-form-cmd
];
/** Two stages; the second copies from the first by name. */
const STAGES = 'FROM node:20 AS build\nWORKDIR /src\nCOPY package*.json ./\nRUN npm ci\nFROM node:20-alpine\nCOPY --from=build /src /app\nUSER 1000\nCMD ["node", "/app/server.js"]\n';
/** A Dockerfile the formatter changes on every line; FORMATTED is what saving makes of it once `expose 8080` is typed at its end. */
const MESSY = 'from alpine:3.20 as base\nrun   apk add --no-cache curl && \\\n  rm -rf /tmp/*\n#comment\nCMD ["curl","-h"]   \n';
const FORMATTED = 'FROM alpine:3.20 AS base\nRUN apk add --no-cache curl && \\\n    rm -rf /tmp/*\n# comment\nCMD ["curl", "-h"]\nEXPOSE 8080\n';

const drawn = (squiggles: Squiggle[]) => squiggles.map(({ severity, line, text }) => ({ severity, line, text })).sort((a, b) => a.line - b.line);
const has = (squiggles: Squiggle[], line: number, text: string) => squiggles.some((s) => s.line === line && s.text === text);

/**
 * The artefact users install: the production build, packaged. When dist/ is rewritten while vsce zips it (another
 * build running on the same tree), yazl stops with "unexpected number of bytes": that alone is worth another try.
 */
function packageVsix(attempts = 3): void {
  for (let attempt = 1; ; attempt++) {
    const pack = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8' });
    if (pack.status === 0) return;
    const output = `${pack.stdout}\n${pack.stderr}`;
    if (attempt === attempts || !/unexpected number of bytes/.test(output)) assert.fail(`npm run package failed:\n${output}`);
    console.error(`npm run package: dist/ changed while it was zipped (a concurrent build?); packaging again (${attempt + 1}/${attempts})`);
  }
}

describe('Shipshape in VS Code (code-server + Chromium)', { timeout: 900_000 }, () => {
  let workspace: string;
  let server: CodeServerInstance;
  let browser: Browser;
  let bench: Workbench;
  const pageErrors: string[] = [];

  before(async () => {
    packageVsix();
    workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-e2e-')), 'my-app'); // the name the pictures show
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(workspace, 'Dockerfile'), SEED);
    fs.writeFileSync(path.join(workspace, 'Dockerfile.fixall'), SEED);
    fs.writeFileSync(path.join(workspace, 'Dockerfile.settings'), SEED);
    fs.writeFileSync(path.join(workspace, '.dockerignore'), 'node_modules\n.git\n');
    fs.writeFileSync(path.join(workspace, 'compose.yaml'), COMPOSE);
    fs.writeFileSync(path.join(workspace, 'Dockerfile.completion'), 'FROM node:20 AS build\n');
    fs.writeFileSync(path.join(workspace, 'Dockerfile.stages'), STAGES);
    fs.writeFileSync(path.join(workspace, 'Dockerfile.format'), MESSY);
    server = await startCodeServer({
      workspaceDir: workspace,
      vsixPath: vsix,
      settings: {
        // Typed brackets and quotes stay as typed; no auto-save, so saving is the test's decision.
        'editor.autoClosingBrackets': 'never',
        'editor.autoClosingQuotes': 'never',
        'files.autoSave': 'off',
        'editor.hover.delay': 300,
        'outline.collapseItems': 'alwaysExpand',
        // The LSP traffic goes to the Shipshape output channel, kept with the logs in test-output/e2e/logs-editor.
        'shipshape.trace.server': 'messages',
      },
    });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e: Error) => pageErrors.push(e.message));
    bench = await Workbench.attach(page, outDir);
    await openWorkbench(page, server.url, workspace);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    if (server) saveLogs(server, path.join(outDir, 'logs-editor'));
    await server?.stop();
    if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  });

  afterEach(async (t) => {
    // The end state of every scenario, passed or failed.
    const name = t.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
    await bench.screenshot(`scenario-${name}`).catch(() => undefined);
    await bench.escape();
  });

  it('squiggles the seed Dockerfile on the offending tokens and lists the findings in the Problems panel', async () => {
    await bench.openFile('Dockerfile');
    const squiggles = await bench.waitForSquiggles('the seed findings', (s) => JSON.stringify(drawn(s)) === JSON.stringify(SEED_SQUIGGLES), 60_000);
    assert.deepEqual(
      squiggles.map(({ line, start, end }) => [line, start, end]).sort((a, b) => a[0] - b[0]),
      [[1, 5, 19], [3, 0, 8], [6, 4, 18]],
    );
    const problems = await bench.waitForProblems('three Shipshape problems', (p) => p.length === 3);
    assert.deepEqual(
      problems.map((p) => [p.severity, p.source, p.code, p.position]),
      [
        ['warning', 'shipshape', 'root-final-stage', '[Ln 1, Col 6]'],
        ['warning', 'shipshape', 'install-after-copy-all', '[Ln 3, Col 1]'],
        ['warning', 'shipshape', 'shell-form-cmd', '[Ln 6, Col 5]'],
      ],
    );
    assert.match(problems[0].message, /never sets USER, so the container runs as root/);
    assert.match(problems[1].message, /^`COPY \. \.` copies the whole build context before `npm ci --omit=dev` \(line 4\)/);
    assert.match(problems[2].message, /^CMD in shell form runs under `\/bin\/sh -c`/);
    await bench.page.keyboard.press('Control+B'); // the side bar away: room for the messages
    await bench.screenshot('problems-panel');
    await bench.page.keyboard.press('Control+B');
    await bench.closePanel();
  });

  it('hovers an instruction and a flagged token and shows our docs', async () => {
    await bench.openFile('Dockerfile');
    const instruction = await bench.hover(2, 'WORKDIR', /^WORKDIR/m);
    assert.match(instruction, /^WORKDIR/m);
    await bench.closeHover();
    const finding = await bench.hover(6, 'server.js', /Quick fix: Convert to exec form/);
    assert.match(finding, /shell-form-cmd \(DL3025, JSONArgsRecommended\) · warning/);
    assert.match(finding, /Exec form starts the program itself as PID 1/);
    assert.match(finding, /Quick fix: Convert to exec form/);
    await bench.screenshot('hover');
  });

  it('fixes each finding from the lightbulb menu until the text is exactly the fixed Dockerfile', async () => {
    await bench.closeHover();
    await bench.openFile('Dockerfile');
    await bench.waitForSquiggles('the seed findings', (s) => drawn(s).length === 3);
    // Squiggles move with the text until the new diagnostics arrive: wait for one fewer, with the fixed one gone.
    const steps = [
      { line: 6, column: 8, title: 'Convert to exec form', left: SEED_SQUIGGLES.slice(0, 2) },
      { line: 3, column: 2, title: 'Copy dependency manifests first', left: SEED_SQUIGGLES.slice(0, 1) },
      { line: 1, column: 8, title: 'Run as a non-root user', left: [] },
    ];
    for (const [i, step] of steps.entries()) {
      await bench.moveCursor(step.line, step.column);
      assert.ok(await bench.lightbulbVisible(), `a lightbulb shows on line ${step.line}`);
      const titles = await bench.openQuickFixMenu();
      assert.ok(titles[0].startsWith(step.title), `"${step.title}" comes first in ${JSON.stringify(titles)}`);
      if (i === 0) await bench.screenshot('quick-fix-menu');
      await bench.pickAction(step.title);
      await bench.waitForSquiggles(`${step.left.length} squiggles after "${step.title}"`, (s) => JSON.stringify(drawn(s)) === JSON.stringify(step.left));
    }
    assert.equal(await bench.text(), FIXED);
    await bench.save();
    assert.equal(fs.readFileSync(path.join(workspace, 'Dockerfile'), 'utf8'), FIXED);
  });

  it('"Fix all" from the Source Action menu applies the safe fixes, "Apply every fix" the rest', async () => {
    await bench.openFile('Dockerfile.fixall');
    await bench.waitForSquiggles('the seed findings', (s) => drawn(s).length === 3);
    const titles = await bench.openSourceActionMenu();
    assert.ok(titles.includes('Fix all safe Shipshape problems'), JSON.stringify(titles));
    await bench.pickAction('Fix all safe Shipshape problems');
    await bench.waitForSquiggles('shell-form-cmd to go', (s) => drawn(s).length === 2 && !has(s, 6, 'node server.js'));
    assert.equal(await bench.text(), SAFE_FIXED);
    await bench.openSourceActionMenu();
    await bench.pickAction('Apply every Shipshape fix');
    await bench.waitForSquiggles('no squiggle', (s) => s.length === 0);
    assert.equal(await bench.text(), FIXED);
    await bench.save();
    assert.equal(fs.readFileSync(path.join(workspace, 'Dockerfile.fixall'), 'utf8'), FIXED);
  });

  it('updates the squiggles as the user types', async () => {
    await bench.openFile('Dockerfile');
    await bench.waitForSquiggles('a clean file', (s) => s.length === 0);
    await bench.selectLine(8);
    await bench.page.keyboard.type('CMD npm start');
    const squiggles = await bench.waitForSquiggles('a squiggle under the typed shell form', (s) => has(s, 8, 'npm start'));
    assert.deepEqual(drawn(squiggles), [{ severity: 'warning', line: 8, text: 'npm start' }]);
    await bench.screenshot('typing');
    await bench.selectLine(8);
    await bench.page.keyboard.type('CMD ["npm", "start"]');
    await bench.waitForSquiggles('the squiggle to go', (s) => s.length === 0);
    assert.equal(await bench.text(), FIXED.replace('CMD ["node", "server.js"]', 'CMD ["npm", "start"]'));
  });

  it('squiggles a Compose typo and fixes it with its quick fix', async () => {
    await bench.openFile('compose.yaml');
    const squiggles = await bench.waitForSquiggles('the helthcheck typo', (s) => has(s, 12, 'helthcheck'), 60_000);
    assert.equal(squiggles.find((s) => s.text === 'helthcheck')!.severity, 'error');
    const problems = await bench.waitForProblems('compose-schema', (p) => p.some((x) => x.code === 'compose-schema'));
    const typo = problems.find((p) => p.code === 'compose-schema')!;
    assert.equal(typo.message, 'Compose does not know the key `helthcheck` in service `api`; did you mean `healthcheck`?');
    assert.equal(typo.position, '[Ln 12, Col 5]');
    await bench.closePanel();
    await bench.moveCursor(12, 7);
    const titles = await bench.openQuickFixMenu();
    assert.equal(titles[0], 'Rename to `healthcheck`');
    await bench.pickAction('Rename to `healthcheck`');
    await bench.waitForSquiggles('the typo squiggle to go', (s) => !s.some((x) => x.line === 12));
    await bench.save();
    assert.equal(fs.readFileSync(path.join(workspace, 'compose.yaml'), 'utf8'), COMPOSE.replace('helthcheck:', 'healthcheck:'));
  });

  it('completion lists the flags after `COPY --`, then the stage names after --from=, and instructions by prefix', async () => {
    await bench.openFile('Dockerfile.completion');
    // root-final-stage's squiggle under `node:20` says the server has the file (it may have just started).
    await bench.waitForSquiggles('the file linted', (s) => has(s, 1, 'node:20'));
    await bench.moveCursor(2, 1);
    await bench.page.keyboard.type('COPY --');
    const flags = await bench.waitForSuggestions('the flags of COPY', (labels) => ['--from=', '--chown=', '--chmod=', '--link'].every((f) => labels.includes(f)));
    assert.equal(flags[0], '--from=', JSON.stringify(flags));
    await bench.poll('--from= to be focused', () => bench.focusedSuggestion(), (focused) => focused === '--from=');
    await bench.screenshot('completion');
    await bench.page.keyboard.press('Enter');
    // --from= is a snippet with its placeholder selected: typing over it offers the stage names.
    await bench.poll('the --from= snippet in the text', () => bench.lines(), (lines) => lines[1] === 'COPY --from=stage');
    await bench.page.keyboard.type('b');
    await bench.waitForSuggestions('the stage name', (labels) => labels[0] === 'build');
    await bench.page.keyboard.press('Enter');
    await bench.poll('the stage name in the text', () => bench.lines(), (lines) => lines[1] === 'COPY --from=build');
    await bench.page.keyboard.press('End');
    await bench.page.keyboard.press('Enter');
    await bench.page.keyboard.type('HEALTH');
    await bench.waitForSuggestions('HEALTHCHECK for the prefix HEALTH', (labels) => labels[0] === 'HEALTHCHECK');
    await bench.escape();
  });

  it('the Outline view lists the stages with their instructions', async () => {
    await bench.openFile('Dockerfile.stages');
    await bench.runCommand('Explorer: Focus on Outline View');
    await bench.toggleExplorerFolders(); // all the room to the Outline, so that every row is drawn
    const rows = await bench.poll('the stages and their instructions (Outline view)', () => bench.outline(), (r) => r.length === 10);
    assert.deepEqual(
      rows.map(([depth, label]) => [depth, label]),
      [
        [1, 'build'], [2, 'FROM'], [2, 'WORKDIR'], [2, 'COPY'], [2, 'RUN'],
        [1, 'stage 1'], [2, 'FROM'], [2, 'COPY'], [2, 'USER'], [2, 'CMD'],
      ],
    );
    await bench.screenshot('outline');
    await bench.toggleExplorerFolders();
    await bench.focusEditor();
  });

  it('renaming a stage with F2 renames it wherever it is used', async () => {
    await bench.openFile('Dockerfile.stages');
    await bench.moveCursor(1, 18);
    assert.equal(await bench.rename('deps'), 'build');
    const renamed = STAGES.replace('AS build', 'AS deps').replace('--from=build', '--from=deps');
    await bench.poll('both uses of the stage renamed', () => bench.text(), (text) => text === renamed);
    await bench.save();
    assert.equal(fs.readFileSync(path.join(workspace, 'Dockerfile.stages'), 'utf8'), renamed);
  });

  it('turning a rule off in the settings removes its squiggles', async () => {
    await bench.openFile('Dockerfile.settings');
    await bench.waitForSquiggles('the seed findings', (s) => JSON.stringify(drawn(s)) === JSON.stringify(SEED_SQUIGGLES));
    await bench.runCommand('Preferences: Open Workspace Settings (JSON)');
    await bench.activeTab('settings.json');
    await bench.focusEditor();
    await bench.page.keyboard.press('Control+A');
    await bench.page.keyboard.insertText('{\n  "shipshape.rules": { "DL3025": "off" }\n}\n');
    await bench.save();
    await bench.openFile('Dockerfile.settings');
    const squiggles = await bench.waitForSquiggles('shell-form-cmd to go', (s) => drawn(s).length === 2 && !has(s, 6, 'node server.js'));
    assert.deepEqual(drawn(squiggles), SEED_SQUIGGLES.filter((s) => s.line !== 6));
  });

  it('formats a Dockerfile on save when editor.formatOnSave is on', async () => {
    await bench.runCommand('Preferences: Open Workspace Settings (JSON)');
    await bench.activeTab('settings.json');
    await bench.focusEditor();
    await bench.page.keyboard.press('Control+A');
    await bench.page.keyboard.insertText('{\n  "editor.formatOnSave": true,\n  "editor.detectIndentation": false,\n  "editor.tabSize": 4\n}\n');
    await bench.save();
    await bench.openFile('Dockerfile.format');
    await bench.moveCursor(6, 1);
    await bench.page.keyboard.type('expose 8080');
    await bench.escape();
    await bench.page.keyboard.press('Enter');
    await bench.save();
    await bench.poll('the formatted text', () => bench.text(), (text) => text === FORMATTED);
    assert.equal(fs.readFileSync(path.join(workspace, 'Dockerfile.format'), 'utf8'), FORMATTED);
  });

  it('raised no error in the page', () => {
    assert.deepEqual(pageErrors.filter((e) => /shipshape/i.test(e)), []);
  });
});
