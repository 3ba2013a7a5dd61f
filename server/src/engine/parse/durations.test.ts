import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoDuration } from './durations';

test('parses Go durations and explains what is wrong with the rest', () => {
  assert.deepEqual(parseGoDuration('1m30s'), { ok: true, milliseconds: 90_000 });
  assert.deepEqual(parseGoDuration('1.5h'), { ok: true, milliseconds: 5_400_000 });
  assert.deepEqual(parseGoDuration('500ms'), { ok: true, milliseconds: 500 });
  assert.deepEqual(parseGoDuration('0'), { ok: true, milliseconds: 0 });
  assert.deepEqual(parseGoDuration('30'), { ok: false, reason: 'missingUnit' });
  assert.deepEqual(parseGoDuration('5d'), { ok: false, reason: 'unknownUnit' });
  assert.deepEqual(parseGoDuration('s'), { ok: false, reason: 'malformed' });
});
