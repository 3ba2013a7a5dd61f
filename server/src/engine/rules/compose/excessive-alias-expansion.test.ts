import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester } from '#test/rule-tester';
import rule from './excessive-alias-expansion';
import { lint } from '../../lint';
import { parseDocument } from '../../document';

/** Ten levels of ten aliases: 10^10 values in about 700 bytes. */
const BILLION_LAUGHS = [
  'x-0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...Array.from({ length: 9 }, (_, i) => `x-${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`),
  'services:\n  api:\n    image: nginx:1.27\n',
].join('\n');

ruleTester.run(rule, {
  valid: [
    'x-common: &common\n  restart: unless-stopped\nservices:\n  api:\n    <<: *common\n    image: nginx\n  db:\n    <<: *common\n    image: postgres\n',
    // Many uses of one anchor are normal: 3,000 services merging the same block.
    `x-common: &common\n  restart: always\nservices:\n${Array.from({ length: 3000 }, (_, i) => `  s${i}:\n    <<: *common\n    image: nginx\n`).join('')}`,
  ],
  invalid: [
    {
      code: BILLION_LAUGHS.replace('[*l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8]', '[«*l8», *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8]'),
      errors: [{ messageId: 'tooLarge', data: { limit: '1,000,000' } }],
      output: null,
    },
    {
      code: 'x-loop: &loop\n  self: «*loop»\nservices: {}\n',
      errors: [{ messageId: 'recursive', data: { alias: 'loop' } }],
      output: null,
    },
  ],
});

test('a billion-laughs file is linted quickly with every rule, with a diagnostic and without expanding it', () => {
  const started = performance.now();
  const findings = lint(parseDocument(BILLION_LAUGHS, 'compose'));
  const elapsed = performance.now() - started;
  assert.ok(findings.some((f) => f.ruleId === 'excessive-alias-expansion'), JSON.stringify(findings.map((f) => f.ruleId)));
  assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms`);
});
