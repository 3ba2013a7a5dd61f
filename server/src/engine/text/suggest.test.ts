import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestMatch, editDistance } from './suggest';

test('edit distance counts swapped neighbours as one edit', () => {
  assert.equal(editDistance('entrypoint', 'enrtypoint'), 1);
  assert.equal(editDistance('copy', 'coppy'), 1);
  assert.equal(editDistance('a', 'abc'), 2);
});

test('suggests only a single close candidate', () => {
  assert.equal(closestMatch('RUNN', ['RUN', 'CMD']), 'RUN');
  assert.equal(closestMatch('app_home', ['APP_HOME']), 'APP_HOME');
  assert.equal(closestMatch('Y', ['A']), undefined);
  assert.equal(closestMatch('FOO', ['RUN', 'ENV']), undefined);
  assert.equal(closestMatch('ABCD', ['ABCE', 'ABCF']), undefined);
});
