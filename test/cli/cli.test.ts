/** The bundled CLI, run as a process on files in a temporary directory. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { findingList as findings, project, repo, shipshape } from './helpers';

const SEED = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nEXPOSE 3000\nCMD node server.js\n';
const CLEAN = 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n';

describe('shipshape CLI', () => {
  it('finds Dockerfiles by name, skips node_modules, and prints file:line:col, rule id and a fixable marker', () => {
    const dir = project({
      'Dockerfile': SEED,
      '.dockerignore': 'node_modules\n',
      'svc/api.dockerfile': CLEAN,
      'svc/Dockerfile.prod': CLEAN,
      'node_modules/pkg/Dockerfile': SEED,
      'README.md': 'FROM x',
    });
    const { code, stdout } = shipshape([], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^Dockerfile$/m);
    assert.match(stdout, /^ {2}6:5 +warning +CMD in shell form .* shell-form-cmd \(fixable\)$/m);
    assert.match(stdout, /^ {2}3:1 +warning .* install-after-copy-all \(fixable\)$/m);
    assert.doesNotMatch(stdout, /node_modules/);
    assert.match(stdout, /3 problems \(0 errors, 3 warnings, 0 infos\)/);
  });

  it('prints JSON with rule ids, aliases, 1-based positions and fixes', () => {
    const dir = project({ Dockerfile: SEED });
    const { code, stdout } = shipshape(['--format', 'json', 'Dockerfile'], dir);
    assert.equal(code, 1);
    const [file] = JSON.parse(stdout);
    assert.equal(file.file, 'Dockerfile');
    const cmd = file.findings.find((f: { ruleId: string }) => f.ruleId === 'shell-form-cmd');
    assert.deepEqual(
      { line: cmd.line, column: cmd.column, endLine: cmd.endLine, endColumn: cmd.endColumn, aliases: cmd.aliases, fixable: cmd.fixable },
      { line: 6, column: 5, endLine: 6, endColumn: 19, aliases: ['DL3025', 'JSONArgsRecommended'], fixable: true },
    );
    assert.equal(cmd.fixes[0].safety, 'safe');
  });

  it('--fix writes the safe fixes; --unsafe-fixes the rest', () => {
    const dir = project({ Dockerfile: SEED });
    assert.equal(shipshape(['--fix'], dir).code, 1);
    assert.match(readFileSync(join(dir, 'Dockerfile'), 'utf8'), /CMD \["node", "server.js"\]/);
    assert.match(readFileSync(join(dir, 'Dockerfile'), 'utf8'), /^COPY \. \.\nRUN npm ci/m, 'unsafe fixes are not applied without --unsafe-fixes');
    const { code, stdout } = shipshape(['--fix', '--unsafe-fixes'], dir);
    assert.equal(code, 0, stdout);
    assert.equal(
      readFileSync(join(dir, 'Dockerfile'), 'utf8'),
      'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER 1000:1000\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
    );
  });

  it('exits 0 on a clean tree and below the fail level, 1 at it', () => {
    assert.equal(shipshape([], project({ Dockerfile: CLEAN })).code, 0);
    const dir = project({ Dockerfile: SEED });
    assert.equal(shipshape(['--fail-level', 'error'], dir).code, 0);
    assert.equal(shipshape(['--fail-level', 'none'], dir).code, 0);
    assert.equal(shipshape(['--fail-level', 'warning'], dir).code, 1);
  });

  it('exits 2 with a clear message on usage errors', () => {
    const dir = project({ Dockerfile: CLEAN });
    for (const args of [['--format', 'xml'], ['--nope'], ['missing-dir'], ['--unsafe-fixes']]) {
      const { code, stderr } = shipshape(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^shipshape: .+\nRun "shipshape --help" for usage\.\n$/);
    }
  });

  it('reports an unreadable file clearly and still lints the others', () => {
    const dir = project({ 'b/Dockerfile': SEED });
    mkdirSync(join(dir, 'a'));
    symlinkSync(join(dir, 'a', 'missing-target'), join(dir, 'a', 'Dockerfile'));
    const { code, stdout, stderr } = shipshape([], dir);
    assert.equal(code, 1);
    assert.match(stderr, /a\/Dockerfile: cannot read file \(ENOENT\)/);
    assert.match(stdout, /shell-form-cmd/);
  });

  it('walks a directory that happens to be named Dockerfile instead of reading it', () => {
    const dir = project({ 'Dockerfile/inner.txt': 'x', 'ok/Dockerfile': CLEAN });
    const { code, stderr } = shipshape(['Dockerfile', 'ok'], dir);
    assert.equal(code, 0, stderr);
  });
});

describe('shipshape CLI configuration', () => {
  const SHELL_CMD = 'FROM alpine:3.20\nUSER 1000\nCMD sh -c "sleep 1"\n';
  it('applies the nearest .hadolint.yaml and .shipshape.yaml above each file, .shipshape.yaml on top', () => {
    const dir = repo({
      '.hadolint.yaml': 'ignored: [DL3025]\n',
      'api/Dockerfile': SHELL_CMD,
      'web/Dockerfile': SHELL_CMD,
      'web/.shipshape.yaml': 'rules:\n  shell-form-cmd: error\n',
    });
    const shellForm = findings(shipshape(['--format', 'json', '--fail-level', 'none'], dir).stdout).filter((f) => f.includes('shell-form-cmd'));
    assert.deepEqual(shellForm, [`${join('web', 'Dockerfile')} shell-form-cmd error`]);
  });

  it('stops looking at the repository root (the directory holding .git)', () => {
    const outer = project({ '.shipshape.yaml': 'rules:\n  DL3025: off\n', 'repo/Dockerfile': SHELL_CMD });
    mkdirSync(join(outer, 'repo', '.git'));
    const { stdout } = shipshape(['--format', 'json', '--fail-level', 'none', 'repo'], outer);
    assert.ok(findings(stdout).some((f) => f.includes('shell-form-cmd')), stdout);
  });

  it('honours pragmas in the file', () => {
    const dir = repo({ Dockerfile: SHELL_CMD.replace('CMD', '# shipshape ignore=DL3025 wrapper forwards signals\nCMD') });
    assert.ok(!findings(shipshape(['--format', 'json'], dir).stdout).some((f) => f.includes('shell-form-cmd')));
  });

  it('exits 2 and names the place of a problem in a config file', () => {
    const dir = repo({ Dockerfile: SHELL_CMD, '.shipshape.yaml': 'rules:\n  shell-form-cmdd: off\n' });
    const { code, stderr } = shipshape([], dir);
    assert.equal(code, 2);
    assert.equal(stderr, `shipshape: ${join(dir, '.shipshape.yaml')}:2:3: unknown rule "shell-form-cmdd" (did you mean "shell-form-cmd"?)\n`);
  });

  it("uses .hadolint.yaml's failure-threshold unless --fail-level is given", () => {
    const dir = repo({ Dockerfile: SHELL_CMD, '.hadolint.yaml': 'failure-threshold: error\n' });
    assert.equal(shipshape([], dir).code, 0);
    assert.equal(shipshape(['--fail-level', 'warning'], dir).code, 1);
  });

  it('--fix --unsafe-fixes creates a missing .dockerignore beside the Dockerfile; safe --fix does not', () => {
    const dir = repo({ 'app/Dockerfile': 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n' });
    shipshape(['--fix'], dir);
    assert.ok(!existsSync(join(dir, 'app', '.dockerignore')));
    const { stdout } = shipshape(['--fix', '--unsafe-fixes', '--format', 'json'], dir);
    assert.match(readFileSync(join(dir, 'app', '.dockerignore'), 'utf8'), /^\*\*\/node_modules$/m);
    assert.ok(!findings(stdout).some((f) => f.includes('missing-dockerignore')), stdout);
  });
});
