/** The bundled CLI, run as a process on files in a temporary directory. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEED = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nEXPOSE 3000\nCMD node server.js\n';
const CLEAN = 'FROM alpine:3.20\nUSER app\nCMD ["sh"]\n';

function shipshape(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('shipshape CLI', () => {
  it('finds Dockerfiles by name, skips node_modules, and prints file:line:col, rule id and a fixable marker', () => {
    const dir = project({
      'Dockerfile': SEED,
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
      'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
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
