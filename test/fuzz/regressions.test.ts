/**
 * Every mutant the fuzzer once failed on, kept in test/fuzz/regressions/, must pass the fuzzer's checks now (time only
 * as a hang guard: the slow ones are `npm run fuzz`'s and the benchmark's to measure).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, HANG_GUARD_MS } from './check';
import { Random } from './mutate';
import { readFailure, REGRESSIONS_DIR } from './failure-file';
import { initShellParserForTests } from '../shell-parser-setup';

// git keeps no empty folder: a fresh clone has no regressions/ until the first one is added.
const files = existsSync(REGRESSIONS_DIR) ? readdirSync(REGRESSIONS_DIR).filter((f) => f.endsWith('.txt')).sort() : [];

describe('fuzz regressions', () => {
  before(() => initShellParserForTests());

  for (const file of files) {
    it(file, () => {
      const failure = readFailure(join(REGRESSIONS_DIR, file));
      const { problems } = checkDocument(failure.text, failure.language, new Random(1), { maxFixes: 100, requestBoundMs: HANG_GUARD_MS });
      assert.deepEqual(problems, [], `once: ${failure.info.problems ?? ''}`);
    });
  }
});
