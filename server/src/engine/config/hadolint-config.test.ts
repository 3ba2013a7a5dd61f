import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHadolintConfig } from './hadolint-config';
import { rules } from '../rules';

const severityOf = (id: string) => rules.find((r) => r.id === id)!.severity;

describe('.hadolint.yaml', () => {
  it('maps ignored, override, registries, label schema, thresholds and the pragma switch', () => {
    const parsed = parseHadolintConfig(
      [
        'ignored:',
        '  - DL3025',
        '  - SC2086',
        'override:',
        '  error: [DL3002]',
        '  style:',
        '    - DL3025',
        'trustedRegistries:',
        '  - docker.io',
        '  - my-company.com:5000',
        'label-schema:',
        '  org.opencontainers.image.authors: text',
        '  org.opencontainers.image.created: rfc3339',
        'strict-labels: true',
        'failure-threshold: style',
        'disable-ignore-pragma: true',
        'no-color: true',
        '',
      ].join('\n'),
    );
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config, {
      rules: {
        DL3002: { severity: 'error' },
        DL3025: { severity: 'off' },
        SC2086: { severity: 'off' },
        'untrusted-base-image-registry': { severity: severityOf('untrusted-base-image-registry'), options: { trustedRegistries: ['docker.io', 'my-company.com:5000'] } },
        'label-schema': {
          severity: severityOf('label-schema'),
          options: { labelSchema: { 'org.opencontainers.image.authors': 'text', 'org.opencontainers.image.created': 'rfc3339' }, strictLabels: true },
        },
      },
      disableIgnorePragmas: true,
    });
    assert.equal(parsed.failLevel, 'hint');
  });

  it('accepts the kebab-case registry key and no-fail, which wins over the threshold', () => {
    const parsed = parseHadolintConfig('trusted-registries: [ghcr.io]\nfailure-threshold: error\nno-fail: true\n');
    assert.deepEqual(parsed.config.rules, { 'untrusted-base-image-registry': { severity: severityOf('untrusted-base-image-registry'), options: { trustedRegistries: ['ghcr.io'] } } });
    assert.equal(parsed.failLevel, 'none');
  });

  it('turns on a configured check unless ignored or overridden under its hadolint code', () => {
    assert.deepEqual(parseHadolintConfig('trustedRegistries: [ghcr.io]\nignored: [DL3026]\n').config.rules, {
      DL3026: { severity: 'off' },
      'untrusted-base-image-registry': { options: { trustedRegistries: ['ghcr.io'] } },
    });
    assert.deepEqual(parseHadolintConfig('trustedRegistries: [ghcr.io]\noverride:\n  info: [DL3026]\n').config.rules, {
      DL3026: { severity: 'info' },
      'untrusted-base-image-registry': { options: { trustedRegistries: ['ghcr.io'] } },
    });
  });

  it('an empty file is an empty configuration', () => {
    assert.deepEqual(parseHadolintConfig(''), { config: { rules: {} }, failLevel: undefined, problems: [] });
  });

  it('reports bad input with its line and column, and keeps what it could read', () => {
    const parsed = parseHadolintConfig('ignored: DL3008\noverride:\n  fatal: [DL3002]\n  error: [shell-form-cmdd]\nlabel-schema:\n  a: colour\nignore:\n  - DL3000\n');
    assert.deepEqual(parsed.problems, [
      { message: 'ignored: expected a list', line: 1, column: 10 },
      { message: 'override: unknown level "fatal" (expected error, warning, info or style)', line: 3, column: 3 },
      { message: 'unknown rule "shell-form-cmdd" (did you mean "shell-form-cmd"?)', line: 4, column: 11 },
      { message: 'label-schema.a: expected one of text, url, spdx, hash, rfc3339, semver, email', line: 6, column: 6 },
      {
        message: 'unknown key "ignore" (hadolint reads ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold, no-fail, disable-ignore-pragma)',
        line: 7,
        column: 1,
      },
    ]);
  });

  it('never throws on text that is not YAML or not a mapping', () => {
    assert.equal(parseHadolintConfig('ignored: [DL3008\n').problems.length > 0, true);
    assert.deepEqual(parseHadolintConfig('- DL3008\n').problems.map((p) => p.message), ['expected a mapping of settings at the top level']);
  });
});
