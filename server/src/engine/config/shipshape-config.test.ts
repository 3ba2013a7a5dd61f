import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseShipshapeConfig } from './shipshape-config';

describe('.shipshape.yaml', () => {
  it('reads severities and options by rule id or alias', () => {
    const parsed = parseShipshapeConfig(
      'rules:\n  DL3025: off\n  root-final-stage: error\n  untrusted-base-image-registry:\n    severity: warning\n    options:\n      trustedRegistries: [docker.io]\n',
    );
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config.rules, {
      DL3025: 'off',
      'root-final-stage': 'error',
      'untrusted-base-image-registry': { severity: 'warning', options: { trustedRegistries: ['docker.io'] } },
    });
  });

  it('accepts upstream codes Shipshape has no rule for yet', () => {
    assert.deepEqual(parseShipshapeConfig('rules:\n  SC2086: off\n  InvalidBaseImagePlatform: error\n').problems, []);
  });

  it('reports unknown keys, rules and severities where they are', () => {
    const parsed = parseShipshapeConfig('rule:\n  x: off\nrules:\n  shell-form-cmd: fatal\n  root-final-stag: off\n  DL3025:\n    level: off\n');
    assert.deepEqual(parsed.problems, [
      { message: 'unknown key "rule" (expected "rules")', line: 1, column: 1 },
      { message: 'rules.shell-form-cmd: expected one of error, warning, info, hint, off', line: 4, column: 19 },
      { message: 'unknown rule "root-final-stag" (did you mean "root-final-stage"?)', line: 5, column: 3 },
      { message: 'rules.DL3025: unknown key "level" (expected severity, options)', line: 7, column: 5 },
    ]);
  });
});
