/** Fixing, thresholds, exit codes, rule overrides, explain and hadolint compatibility, through the bundled CLI. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rules } from '../../server/src/engine';
import { findingList, parseJson, project, repo, shipshape } from './helpers';

/** Warnings (shell-form-cmd, install-after-copy-all) and no error. */
const SEED = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER 1000\nCMD node server.js\n';
/** Only an info finding (apt-get-install-recommends) besides pinned, cleaned installs. */
const INFO_ONLY = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*\nUSER 1000\nCMD ["curl"]\n';

describe('--fix-dry-run', () => {
  it('prints a unified diff that git apply accepts and that equals what --fix writes, and changes nothing', () => {
    const dir = repo({ Dockerfile: SEED, '.dockerignore': '.git\n' });
    const { code, stdout, stderr } = shipshape(['--fix-dry-run', '--unsafe-fixes'], dir);
    assert.equal(code, 1, 'a fix would change a file');
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), SEED, 'nothing is written');
    assert.match(stdout, /^--- a\/Dockerfile\n\+\+\+ b\/Dockerfile\n@@ -1,6 \+1,7 @@\n/);
    assert.match(stderr, /fixes would change 1 file/);

    const fixed = mkdtempSync(join(tmpdir(), 'shipshape-fixed-'));
    cpSync(dir, fixed, { recursive: true });
    shipshape(['--fix', '--unsafe-fixes'], fixed);
    writeFileSync(join(dir, 'fix.patch'), stdout);
    const apply = spawnSync('git', ['apply', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stderr);
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), readFileSync(join(fixed, 'Dockerfile'), 'utf8'));
  });

  it('shows a file a fix would create, and exits 0 with an empty diff when there is nothing to fix', () => {
    const dir = project({ 'app/Dockerfile': SEED });
    const { stdout, stderr } = shipshape(['--fix-dry-run', '--unsafe-fixes'], dir);
    assert.match(stdout, /^--- \/dev\/null\n\+\+\+ b\/app\/\.dockerignore\n@@ -0,0 \+1,\d+ @@\n/m);
    assert.match(stderr, /fixes would change 2 files/);
    writeFileSync(join(dir, 'fix.patch'), stdout);
    const check = spawnSync('git', ['apply', '--check', '-v', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stderr, /^Checking patch app\/\.dockerignore\.\.\.$/m);
    const clean = shipshape(['--fix-dry-run'], project({ Dockerfile: 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n' }));
    assert.deepEqual([clean.code, clean.stdout], [0, '']);
  });

  it('cannot be combined with --fix or a report format', () => {
    const dir = project({ Dockerfile: SEED });
    assert.equal(shipshape(['--fix', '--fix-dry-run'], dir).code, 2);
    assert.equal(shipshape(['--fix-dry-run', '--format', 'json'], dir).code, 2);
  });
});

describe('--fix', () => {
  it('reports what remains after fixing and says how many fixes it applied', () => {
    const dir = repo({ Dockerfile: SEED, '.dockerignore': '.git\n' });
    const { code, stdout } = shipshape(['--fix'], dir);
    assert.match(readFileSync(join(dir, 'Dockerfile'), 'utf8'), /^CMD \["node", "server\.js"\]$/m);
    assert.match(stdout, /^Fixed 1 problem\.$/m);
    assert.match(stdout, /install-after-copy-all/, 'the unsafe fix is left, and reported');
    assert.equal(code, 1);
  });

  it('prints the fixed text of stdin on stdout and the report on stderr', () => {
    const dir = repo({});
    const { code, stdout, stderr } = shipshape(['--fix', '-f', 'compact', '-'], dir, { input: SEED });
    assert.equal(stdout, SEED.replace('CMD node server.js', 'CMD ["node", "server.js"]'));
    assert.match(stderr, /^<stdin>:3:1: warning install-after-copy-all /m);
    assert.equal(code, 1);
  });
});

describe('exit codes and thresholds', () => {
  it('--fail-level changes only the exit code', () => {
    const dir = repo({ Dockerfile: INFO_ONLY });
    const runs = (['error', 'warning', 'info', 'hint', 'none'] as const).map((level) => shipshape(['--fail-level', level, '-f', 'compact'], dir));
    assert.deepEqual(runs.map((r) => r.code), [0, 0, 1, 1, 0]);
    assert.ok(runs.every((r) => r.stdout === runs[0].stdout && /apt-get-install-recommends/.test(r.stdout)), 'every run reports the same');
  });

  it('--max-warnings fails a run with more warnings than allowed, whatever the fail level', () => {
    const dir = repo({ Dockerfile: SEED, '.dockerignore': '.git\n' });
    assert.equal(shipshape(['--fail-level', 'none', '--max-warnings', '2'], dir).code, 0);
    assert.equal(shipshape(['--fail-level', 'none', '--max-warnings', '1'], dir).code, 1);
    assert.equal(shipshape(['--max-warnings', '-1'], dir).code, 2);
  });

  it("takes hadolint's --failure-threshold and --no-fail", () => {
    const dir = repo({ Dockerfile: INFO_ONLY, '.shipshape.yaml': 'rules: {}\n' });
    assert.equal(shipshape(['--failure-threshold', 'style'], dir).code, 1);
    assert.equal(shipshape(['--failure-threshold', 'warning'], dir).code, 0);
    assert.equal(shipshape(['--failure-threshold', 'info', '--no-fail'], dir).code, 0);
  });

  it('exits 2 on usage errors, each explained in one line', () => {
    const dir = project({ Dockerfile: SEED });
    const cases: [string[], RegExp][] = [
      [['--output', 'x.sarif'], /--output applies to the --format before it/],
      [['-f', 'json', '-f', 'sarif'], /only one format can go to stdout \(json, sarif\)/],
      [['--rule', 'shell-form-cmd'], /--rule expects <rule>=<error\|warning\|info\|hint\|off>/],
      [['--rule', 'shell-form-cmd=fatal'], /--rule expects/],
      [['--ignore', 'shell-form-cmdd'], /--ignore: unknown rule "shell-form-cmdd" \(did you mean "shell-form-cmd"\?\)/],
      [['--jobs', '0'], /--jobs expects a whole number of at least 1/],
      [['--config', 'missing.yaml'], /--config: cannot read missing\.yaml \(ENOENT\)/],
      [['-c', 'Dockerfile', '-c', 'Dockerfile'], /-c can be given once/],
      [['-', '-'], /"-" \(stdin\) can be given once/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = shipshape(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
      assert.match(stderr, /^shipshape: .+\nRun "shipshape --help" for usage\.\n$/);
    }
  });

  it('names an unreadable or binary file in one line and lints the others', () => {
    const dir = project({ 'ok/Dockerfile': SEED });
    writeFileSync(join(dir, 'Dockerfile.bin'), Buffer.from([0x46, 0x52, 0xff, 0xfe, 0x00, 0x01]));
    writeFileSync(join(dir, 'Dockerfile.nul'), 'FROM alpine\0\0\0\x01\x02 binary\n');
    const { code, stdout, stderr } = shipshape(['-f', 'compact'], dir);
    assert.equal(code, 1);
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2, stderr);
    assert.match(lines[0], /^shipshape: Dockerfile\.bin: not a text file \(it is not valid UTF-8\)$/);
    assert.match(lines[1], /^shipshape: Dockerfile\.nul: Not a text file/);
    assert.match(stdout, /^ok\/Dockerfile:6:5: warning shell-form-cmd /m);
  });
});

describe('rule overrides', () => {
  it('--rule sets a severity and --ignore turns a rule off, by id or alias, over the config files', () => {
    const dir = repo({ Dockerfile: SEED, '.shipshape.yaml': 'rules:\n  shell-form-cmd: info\n' });
    const base = findingList(shipshape(['-f', 'json'], dir).stdout);
    assert.ok(base.includes('Dockerfile shell-form-cmd info'));
    const raised = findingList(shipshape(['-f', 'json', '--rule', 'JSONArgsRecommended=error', '--ignore', 'install-after-copy-all'], dir).stdout);
    assert.ok(raised.includes('Dockerfile shell-form-cmd error'), raised.join('\n'));
    assert.ok(!raised.some((f) => f.includes('install-after-copy-all')));
    assert.equal(shipshape(['--ignore', 'DL3005'], dir).code, 1, "a hadolint code we have no rule for is accepted (a pipeline's --ignore keeps working)");
  });
});

describe('explain and --list-rules', () => {
  it('prints the rule page for an id or an alias', () => {
    const byAlias = shipshape(['explain', 'dl3025'], process.cwd());
    assert.equal(byAlias.code, 0);
    assert.match(byAlias.stdout, /^# shell-form-cmd\n\n\*\*Language:\*\* dockerfile/);
    assert.match(byAlias.stdout, /## Why is this bad\?/);
    assert.match(byAlias.stdout, /Online: https:\/\/.*\/docs\/rules\/shell-form-cmd\.md\n$/);
    assert.equal(shipshape(['explain', 'shell-form-cmd'], process.cwd()).stdout, byAlias.stdout);
    const unknown = shipshape(['explain', 'shell-form'], process.cwd());
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown rule "shell-form"/);
  });

  it('lists every rule, as text or JSON', () => {
    const text = shipshape(['--list-rules'], process.cwd()).stdout;
    for (const rule of rules) assert.match(text, new RegExp(`^${rule.id} `, 'm'));
    const list = JSON.parse(shipshape(['--list-rules', '--format', 'json'], process.cwd()).stdout) as { id: string; aliases: string[] }[];
    assert.deepEqual(list.map((r) => r.id), rules.map((r) => r.id));
  });
});

describe('hadolint compatibility', () => {
  const DOCKERFILE = 'FROM alpine:3.20\nCOPY . /app\nRUN apt-get install -y --no-install-recommends curl\nCMD sh\n';

  it('switches on where only a .hadolint.yaml applies: hadolint-coded rules only, hadolint codes in text, info fails', () => {
    const dir = repo({ 'legacy/Dockerfile': DOCKERFILE, 'legacy/.hadolint.yaml': 'ignored: [DL3008]\n', 'modern/Dockerfile': DOCKERFILE, 'modern/.shipshape.yaml': 'rules: {}\n' });
    const json = parseJson(shipshape(['-f', 'json', '--fail-level', 'none'], dir).stdout);
    const rulesIn = (file: string) => json.find((f) => f.file === join(file, 'Dockerfile'))!.findings.map((f) => f.ruleId);
    assert.ok(rulesIn('modern').includes('missing-dockerignore'));
    assert.ok(!rulesIn('legacy').includes('missing-dockerignore'), 'no hadolint code: off in compatibility mode');
    assert.ok(rulesIn('legacy').includes('shell-form-cmd'));
    assert.ok(!rulesIn('legacy').includes('unpinned-apt-package'), '.hadolint.yaml ignores DL3008');

    const compact = shipshape(['-f', 'compact', 'legacy'], dir);
    assert.match(compact.stdout, /^legacy\/Dockerfile:4:5: warning DL3025 CMD in shell form/m);
    assert.match(compact.stderr, /^shipshape: hadolint compatibility for 1 file, as only a \.hadolint\.yaml configures it/);
  });

  it('--hadolint-compat and --no-hadolint-compat decide for every file', () => {
    const dir = repo({ Dockerfile: DOCKERFILE, '.hadolint.yaml': 'override:\n  error: [DL3025]\n' });
    const off = shipshape(['-f', 'compact', '--no-hadolint-compat'], dir);
    assert.match(off.stdout, /: error shell-form-cmd /, '.hadolint.yaml still applies');
    assert.match(off.stdout, /missing-dockerignore/);
    assert.equal(off.stderr, '');
    const on = shipshape(['-f', 'compact', '--hadolint-compat', '.'], repo({ Dockerfile: DOCKERFILE }));
    assert.match(on.stdout, / DL3025 /);
    assert.doesNotMatch(on.stdout, /missing-dockerignore/);
    assert.equal(on.stderr, '', 'asked for: nothing to announce');
  });

  it("takes hadolint's -c: that file configures every file instead of the ones found above them", () => {
    const dir = repo({ Dockerfile: DOCKERFILE, '.shipshape.yaml': 'rules:\n  shell-form-cmd: error\n', 'ci/lint.yaml': 'ignored: [DL3025]\nfailure-threshold: error\n' });
    const run = shipshape(['-c', 'ci/lint.yaml', '-f', 'compact', 'Dockerfile'], dir);
    assert.doesNotMatch(run.stdout, / DL3025 | shell-form-cmd /, 'ci/lint.yaml ignores it; the .shipshape.yaml found above is not read');
    assert.match(run.stdout, / DL3008 /, 'hadolint compatibility: hadolint codes');
    assert.equal(run.code, 0, 'its failure-threshold applies');
    assert.match(run.stderr, /^shipshape: hadolint compatibility for 1 file, as the --config file is hadolint's/);
    const own = shipshape(['--config', '.shipshape.yaml', '-f', 'compact', 'Dockerfile'], dir);
    assert.match(own.stdout, /: error shell-form-cmd /);
    assert.equal(own.stderr, '');
    const broken = shipshape(['-c', 'ci/broken.yaml', 'Dockerfile'], repo({ Dockerfile: DOCKERFILE, 'ci/broken.yaml': 'ignored: [DL30255]\n' }));
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /ci\/broken\.yaml:1:\d+: /);
  });

  it("takes hadolint's --trusted-registry, --require-label, --strict-labels and --disable-ignore-pragma", () => {
    const dir = repo({ Dockerfile: 'FROM registry.example.com/app:1.0\nLABEL maintainer="nobody" extra="x"\nUSER 1000\n# hadolint ignore=DL3025\nCMD sh\n' });
    const rulesOf = (args: string[]) => findingList(shipshape(['-f', 'json', '--hadolint-compat', ...args], dir).stdout).map((f) => f.split(' ')[1]);
    assert.deepEqual(rulesOf([]), []);
    assert.deepEqual(rulesOf(['--trusted-registry', 'docker.io', '--trusted-registry', 'ghcr.io']), ['untrusted-base-image-registry']);
    const labels = shipshape(['-f', 'compact', '--require-label', 'maintainer:email', '--strict-labels'], dir).stdout;
    assert.match(labels, /^Dockerfile:2:18: .*`maintainer` should be an email address/m);
    assert.match(labels, /^Dockerfile:2:27: .*`extra` is not in the label schema/m);
    assert.deepEqual(rulesOf(['--disable-ignore-pragma']), ['shell-form-cmd']);
    for (const [label, message] of [['maintainer', /--require-label expects <label>:<type>, got "maintainer"/], ['maintainer:bogus', /--require-label: .*expected one of text, url/]] as const) {
      const run = shipshape(['--require-label', label], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
    }
  });

  it('honours # hadolint ignore= and global ignore pragmas', () => {
    const dir = repo({
      Dockerfile: '# hadolint global ignore=DL3025\nFROM alpine:3.20\n# hadolint ignore=DL3008\nRUN apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends wget\nCMD sh\nUSER 1000\n',
    });
    const run = shipshape(['--hadolint-compat', '-f', 'compact'], dir);
    const codes = run.stdout.split('\n').filter(Boolean).map((line) => line.split(' ').slice(0, 3).join(' '));
    assert.deepEqual(codes, ['Dockerfile:5:1: info DL3059', 'Dockerfile:5:48: warning DL3008'], 'DL3008 on the next instruction only; DL3025 in the whole file');
  });

  it("uses hadolint's default threshold (info) unless told otherwise", () => {
    const dir = repo({ Dockerfile: INFO_ONLY });
    assert.equal(shipshape(['--hadolint-compat'], dir).code, 1);
    assert.equal(shipshape([], dir).code, 0);
    assert.equal(shipshape(['--hadolint-compat', '--failure-threshold', 'warning'], dir).code, 0);
  });
});
