/** What every language's semantic tokens must be: sorted, disjoint, non-empty, each on one line. */
import assert from 'node:assert/strict';
import type { SemanticToken } from '../server/src/engine';

export function assertWellFormedTokens(text: string, tokens: readonly SemanticToken[], where = ''): void {
  let previousEnd = 0;
  for (const { span } of tokens) {
    assert.ok(span.start >= previousEnd, `${where}: token at ${span.start} overlaps or is out of order (previous ended at ${previousEnd})`);
    assert.ok(span.end > span.start, `${where}: empty token at ${span.start}`);
    assert.ok(span.end <= text.length, `${where}: token at ${span.start} ends past the text`);
    assert.ok(!/[\r\n]/.test(text.slice(span.start, span.end)), `${where}: token at ${span.start} spans lines`);
    previousEnd = span.end;
  }
}
