import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../document';
import { MAX_ANALYSED_LENGTH } from '../text/analysable';
import { DEFAULT_FORMAT_OPTIONS, formatDocument } from './index';

const options = { ...DEFAULT_FORMAT_OPTIONS, tabSize: 8 };

/** A block scalar whose 40 short lines each gain 6 spaces at tab size 8, padded to `length` by its last line. */
function composeOfLength(length: number): string {
  const head = 'x: |\n' + '  line\n'.repeat(40) + '  ';
  return head + 'a'.repeat(length - head.length);
}

describe('formatDocument', () => {
  it('formats a file well under the size limit', () => {
    assert.equal(formatDocument(parseDocument(composeOfLength(1000), 'compose'), options).length, 41);
  });

  it('changes nothing when the result would be too large to analyse', () => {
    const text = composeOfLength(MAX_ANALYSED_LENGTH - 100);
    assert.deepEqual(formatDocument(parseDocument(text, 'compose'), options), []);
  });

  it('changes nothing in a file that is not analysed', () => {
    assert.deepEqual(formatDocument(parseDocument(composeOfLength(MAX_ANALYSED_LENGTH + 1), 'compose'), options), []);
    assert.deepEqual(formatDocument(parseDocument('from alpine\n\0', 'dockerfile'), options), []);
  });
});
