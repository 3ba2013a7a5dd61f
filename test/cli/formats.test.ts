/**
 * Every output format, written in one run (several formats to several files), then read the way its consumer reads
 * it: SARIF against the SARIF 2.1.0 JSON schema, JUnit and checkstyle with an XML parser, GitLab Code Quality
 * against the fields GitLab requires, GitHub workflow commands and compact lines with their parsers' patterns.
 * The text formats are compared with snapshots of a fixed input.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ruleDocsUrl } from '../../shared/links';
import { formatGithub } from '../../server/src/cli/formats/github';
import { formatCompact } from '../../server/src/cli/formats/compact';
import type { FileReport } from '../../server/src/cli/report';
import { matchesSnapshot, parseJson, project, REPO_ROOT, shipshape, type CliRun } from './helpers';

const DOCKERFILE = [
  'FROM node:latest',
  'WORKDIR /app',
  'COPY package*.json ./',
  'RUN apt-get update && \\',
  '    apt-get install -y curl',
  'RUN npm ci',
  'COPY . .',
  'CMD node server.js',
  '',
].join('\n');
const COMPOSE = 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n    ports:\n      - 80:80\n';

const FILES = { Dockerfile: DOCKERFILE, '.dockerignore': 'node_modules\n', 'deploy/compose.yaml': COMPOSE, 'clean/Dockerfile': 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n' };

const FORMATS = ['sarif', 'json', 'gitlab', 'checkstyle', 'junit', 'github', 'compact'] as const;
const FILE_NAMES: Record<(typeof FORMATS)[number], string> = {
  sarif: 'reports/shipshape.sarif',
  json: 'reports/shipshape.json',
  gitlab: 'reports/gl-code-quality.json',
  checkstyle: 'reports/checkstyle.xml',
  junit: 'reports/junit.xml',
  github: 'reports/github.txt',
  compact: 'reports/compact.txt',
};

describe('output formats', () => {
  let dir: string;
  let run: CliRun;
  const read = (format: (typeof FORMATS)[number]) => readFileSync(join(dir, FILE_NAMES[format]), 'utf8');
  let json: ReturnType<typeof parseJson>;
  let total: number;

  before(() => {
    dir = project(FILES);
    // A file that cannot be read: the reports name it, the other files are still linted.
    symlinkSync(join(dir, 'nowhere'), join(dir, 'broken.dockerfile'));
    run = shipshape([...FORMATS.flatMap((f) => ['--format', f, '--output', FILE_NAMES[f]]), '--format', 'stylish'], dir);
    json = parseJson(read('json'));
    total = json.reduce((n, f) => n + f.findings.length, 0);
  });

  it('writes each --format to the --output after it, and the last one to stdout', () => {
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^Dockerfile$/m, 'stylish goes to stdout');
    assert.equal(run.stderr, `shipshape: broken.dockerfile: cannot read file (ENOENT)\n`);
    assert.ok(total >= 6, `the fixture trips several rules (${total})`);
  });

  it('json: rule id, aliases, severity, message, file, 1-based start and end, fixable and the fixes', () => {
    const file = json.find((f) => f.file === 'Dockerfile')!;
    const cmd = file.findings.find((f) => f.ruleId === 'shell-form-cmd') as Record<string, unknown>;
    assert.deepEqual(
      { ...cmd, message: undefined, fingerprint: undefined },
      {
        ruleId: 'shell-form-cmd',
        aliases: ['DL3025', 'JSONArgsRecommended'],
        severity: 'warning',
        category: 'reliability',
        message: undefined,
        file: 'Dockerfile',
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 19,
        fixable: true,
        fixes: [{ title: 'Convert to exec form', safety: 'safe', edits: [{ start: { line: 8, column: 5 }, end: { line: 8, column: 19 }, text: '["node", "server.js"]' }] }],
        fingerprint: undefined,
        docs: ruleDocsUrl('shell-form-cmd'),
      },
    );
    assert.equal(json.find((f) => f.file === 'broken.dockerfile')?.error, 'cannot read file (ENOENT)');
  });

  it('sarif: valid against the SARIF 2.1.0 schema, with rule metadata, help and links', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The schema's `language` pattern is not valid under the u flag, which ajv uses by default.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv as unknown as Ajv);
    // Typed loosely: the schema checks the shape, the asserts below the content.
    const validate = ajv.compile<any>(schema);
    const log = JSON.parse(read('sarif'));
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

    const [sarifRun] = log.runs;
    assert.equal(log.version, '2.1.0');
    assert.equal(sarifRun.tool.driver.name, 'Shipshape');
    assert.equal(sarifRun.results.length, total);
    const rule = sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === 'shell-form-cmd');
    assert.equal(rule.helpUri, ruleDocsUrl('shell-form-cmd'));
    assert.match(rule.help.markdown, /^# shell-form-cmd\n/);
    assert.match(rule.help.text, /SIGTERM/);
    assert.deepEqual(rule.properties.aliases, ['DL3025', 'JSONArgsRecommended']);
    assert.equal(rule.defaultConfiguration.level, 'warning');

    const result = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'shell-form-cmd');
    assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, 'shell-form-cmd');
    assert.deepEqual(result.locations[0].physicalLocation, {
      artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 8, startColumn: 5, endLine: 8, endColumn: 19 },
    });
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '["node", "server.js"]');
    const compose = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'obsolete-version-key');
    assert.equal(compose.locations[0].physicalLocation.artifactLocation.uri, 'deploy/compose.yaml');
    assert.equal(sarifRun.invocations[0].toolExecutionNotifications[0].message.text, 'cannot read file (ENOENT)');
  });

  it('gitlab: the fields GitLab Code Quality requires, with unique fingerprints', () => {
    // GitLab's documented contract for a code quality report (docs: "Code Quality report format").
    const schema = {
      type: 'array',
      items: {
        type: 'object',
        required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
        properties: {
          description: { type: 'string', minLength: 1 },
          check_name: { type: 'string', minLength: 1 },
          fingerprint: { type: 'string', minLength: 1 },
          severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
          location: {
            type: 'object',
            required: ['path', 'lines'],
            properties: { path: { type: 'string', pattern: '^[^/\\\\]' }, lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } } },
          },
        },
      },
    };
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const issues = JSON.parse(read('gitlab')) as { fingerprint: string; check_name: string; location: { path: string; lines: { begin: number } } }[];
    assert.ok(validate(issues), JSON.stringify(validate.errors, null, 2));
    assert.equal(issues.length, total);
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    assert.deepEqual(
      issues.filter((i) => i.check_name === 'shell-form-cmd').map((i) => i.location),
      [{ path: 'Dockerfile', lines: { begin: 8, end: 8 } }],
    );
  });

  it('checkstyle: well-formed XML with a <file> per file and an <error> per finding', () => {
    const xml = read('checkstyle');
    assert.equal(XMLValidator.validate(xml), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'file' || name === 'error' }).parse(xml);
    const files = doc.checkstyle.file as { name: string; error?: { line: string; column: string; severity: string; message: string; source: string }[] }[];
    assert.deepEqual(files.map((f) => f.name).sort(), ['Dockerfile', 'broken.dockerfile', join('clean', 'Dockerfile'), join('deploy', 'compose.yaml')].sort());
    const errors = files.flatMap((f) => f.error ?? []);
    assert.equal(errors.length, total + 1, 'one per finding, one for the unreadable file');
    const cmd = errors.find((e) => e.source === 'shipshape.shell-form-cmd')!;
    assert.deepEqual({ line: cmd.line, column: cmd.column, severity: cmd.severity }, { line: '8', column: '5', severity: 'warning' });
    assert.ok(errors.every((e) => ['error', 'warning', 'info'].includes(e.severity)));
  });

  it('junit: well-formed XML whose counts add up; a failing case per finding, a passing one per clean file', () => {
    const xml = read('junit');
    assert.equal(XMLValidator.validate(xml), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml);
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; errors: string; testcase: { name: string; failure?: { type: string; message: string; '#text': string }; error?: unknown }[] }[];
    const cases = suites.flatMap((s) => s.testcase);
    assert.equal(Number(doc.testsuites.tests), cases.length);
    assert.equal(Number(doc.testsuites.failures), total);
    assert.equal(Number(doc.testsuites.errors), 1);
    for (const suite of suites) {
      assert.equal(Number(suite.tests), suite.testcase.length);
      assert.equal(Number(suite.failures), suite.testcase.filter((c) => c.failure).length);
    }
    const clean = suites.find((s) => s.name === join('clean', 'Dockerfile'))!;
    assert.deepEqual(clean.testcase.map((c) => c.failure), [undefined]);
    const cmd = cases.find((c) => c.name === 'shell-form-cmd at 8:5')!;
    assert.equal(cmd.failure!.type, 'warning');
    assert.match(cmd.failure!['#text'], /^Dockerfile:8:5: warning shell-form-cmd\n.*SIGTERM.*\nhttps:/);
  });

  it('github: one workflow command per finding, as the runner parses them', () => {
    const lines = read('github').trimEnd().split('\n');
    const command = /^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$/;
    assert.equal(lines.length, total + 1);
    const parsed = lines.map((line) => {
      const m = command.exec(line);
      assert.ok(m, line);
      const props = Object.fromEntries(m[2].split(',').map((p) => p.split('=').map(decodeURIComponent)));
      return { level: m[1], props, message: decodeURIComponent(m[3]) };
    });
    const cmd = parsed.find((p) => p.props.title === 'shell-form-cmd')!;
    assert.deepEqual(cmd.props, { file: 'Dockerfile', line: '8', col: '5', endLine: '8', endColumn: '19', title: 'shell-form-cmd' });
    assert.equal(cmd.level, 'warning');
    assert.ok(parsed.some((p) => p.level === 'notice'), 'info findings are notices');
    assert.deepEqual(parsed.find((p) => p.props.file === 'broken.dockerfile'), { level: 'error', props: { file: 'broken.dockerfile', title: 'shipshape' }, message: 'cannot read file (ENOENT)' });
  });

  it("compact: every line matches the problem matcher the extension contributes", () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'shipshape');
    const pattern = new RegExp(matcher.pattern.regexp);
    const lines = read('compact').trimEnd().split('\n');
    assert.equal(lines.length, total);
    const cmd = lines.map((line) => pattern.exec(line)).find((m) => m?.[matcher.pattern.code] === 'shell-form-cmd');
    assert.ok(lines.every((line) => pattern.test(line)));
    assert.deepEqual(
      [cmd![matcher.pattern.file], cmd![matcher.pattern.line], cmd![matcher.pattern.column], cmd![matcher.pattern.severity]],
      ['Dockerfile', '8', '5', 'warning'],
    );
  });

  it("compact: VS Code's built-in $go matcher (file:line:col: message) reads every line too", () => {
    // The pattern VS Code registers as `$go` (src/vs/workbench/contrib/tasks/common/problemMatcher.ts): file 2, line 4, column 6, message 7.
    const go = /^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+))?: (.*)$/;
    const matches = read('compact').trimEnd().split('\n').map((line) => go.exec(line));
    assert.ok(matches.every(Boolean));
    const cmd = matches.find((m) => m![7].startsWith('warning shell-form-cmd '))!;
    assert.deepEqual([cmd[2], cmd[4], cmd[6]], ['Dockerfile', '8', '5']);
    assert.deepEqual(new Set(matches.map((m) => m![2])), new Set(['Dockerfile', 'deploy/compose.yaml']));
  });

  it("stylish: VS Code's built-in $eslint-stylish matcher reads the findings", () => {
    // `$eslint-stylish`: a line naming the file, then `  line:col  severity  message  code` lines (error, warning, info).
    const fileLine = /^([^\s].*)$/;
    const findingLine = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/;
    const stylish = run.stdout.split('\n');
    const cmdAt = stylish.findIndex((line) => / shell-form-cmd /.test(`${line} `));
    const m = findingLine.exec(stylish[cmdAt])!;
    assert.deepEqual([m[1], m[2], m[3], m[5]], ['8', '5', 'warning', 'shell-form-cmd (fixable)']);
    assert.match(m[4], /^CMD in shell form/);
    const header = stylish.slice(0, cmdAt).reverse().find((line) => fileLine.test(line));
    assert.equal(header, 'Dockerfile');
    const findingLines = stylish.filter((line) => /^ {2}\d+:\d+ /.test(line) && !/ hint /.test(line));
    assert.ok(findingLines.length > 0 && findingLines.every((line) => findingLine.test(line)));
  });
});

describe('text format snapshots', () => {
  const dir = project({ Dockerfile: DOCKERFILE, '.dockerignore': 'node_modules\n', 'deploy/compose.yaml': COMPOSE });

  it('stylish, compact, github and json on a fixed input', () => {
    matchesSnapshot('stylish.txt', shipshape([], dir).stdout);
    matchesSnapshot('compact.txt', shipshape(['-f', 'compact'], dir).stdout);
    matchesSnapshot('github.txt', shipshape(['-f', 'github'], dir).stdout);
    matchesSnapshot('json.json', shipshape(['-f', 'json'], dir).stdout);
  });

  it('stylish is coloured when asked (FORCE_COLOR) and plain under NO_COLOR', () => {
    const coloured = shipshape([], dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout;
    matchesSnapshot('stylish-color.txt', coloured);
    assert.match(coloured, /\x1b\[33mwarning/);
    assert.doesNotMatch(shipshape([], dir, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout, /\x1b\[/);
    assert.doesNotMatch(shipshape(['--no-color'], dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, /\x1b\[/);
  });
});

describe('formatters', () => {
  const report = (finding: Partial<FileReport['findings'][number]>): FileReport[] => [
    {
      path: 'dir, with: odd%name/Dockerfile',
      language: 'dockerfile',
      findings: [
        {
          ruleId: 'x-rule',
          aliases: ['DL3000'],
          severity: 'hint',
          category: 'style',
          message: 'first line\nsecond, with 100% colons: here',
          start: { line: 2, column: 3 },
          end: { line: 4, column: 1 },
          fixes: [],
          fingerprint: 'f',
          ...finding,
        },
      ],
    },
  ];
  const context = { color: false, version: '0.0.0', cwd: '/' };

  it('github escapes data and properties, and gives a multi-line range without columns', () => {
    assert.equal(
      formatGithub(report({}), context),
      '::notice file=dir%2C with%3A odd%25name/Dockerfile,line=2,endLine=4,title=x-rule::first line%0Asecond, with 100%25 colons: here\n',
    );
  });

  it('compact keeps one finding on one line, and names hadolint codes in compatibility mode', () => {
    const reports = report({});
    assert.equal(formatCompact(reports, context), 'dir, with: odd%name/Dockerfile:2:3: hint x-rule first line second, with 100% colons: here\n');
    assert.match(formatCompact([{ ...reports[0], hadolintCompat: true }], context), /: hint DL3000 first line/);
  });
});
