/**
 * A short, fixed-seed fuzz run (the long runs are `npm run fuzz`). Seeds come from the repository only, so the run
 * is the same on every clone, with or without ../shared/corpus.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { runFuzz, type FuzzFailure } from './fuzz';
import { HANG_GUARD_MS } from './check';
import { repoSeeds } from './seeds';
import { isKnownIssue, KNOWN_ISSUES } from './known-issues';
import { initShellParserForTests } from '../shell-parser-setup';

const SEED = 20251123;
/** Small enough to keep `npm test` quick (about 0.05 s a mutant on an idle machine); `npm run fuzz` runs 100,000+. */
const MUTANTS = 200;

describe('fuzz (fixed seed, repository seeds)', () => {
  before(() => initShellParserForTests());

  it(`${MUTANTS} mutants: nothing throws, spans stay inside, fixes fix without breaking, re-parse equals parse`, () => {
    const failures: FuzzFailure[] = [];
    const started = performance.now();
    const stats = runFuzz({
      seed: SEED,
      count: MUTANTS,
      seeds: repoSeeds(),
      maxFixes: 2,
      reparseEvery: 2,
      requestBoundMs: HANG_GUARD_MS,
      limits: { longLine: 3000, nesting: 300 },
      tolerate: isKnownIssue,
      onFailure: (f) => failures.push(f),
    });
    if (stats.tolerated > 0) console.log(`# ${stats.tolerated} mutants hit known issues in: ${KNOWN_ISSUES.map((k) => k.ruleId).join(', ')} (test/fuzz/known-issues.ts)`);
    const seconds = (performance.now() - started) / 1000;
    const report = failures
      .slice(0, 5)
      .map((f) => `mutant ${f.index} of ${f.seedName} (${f.mutations.join(', ')}):\n  ${f.problems.map((p) => `${p.kind}${p.ruleId ? ` [${p.ruleId}]` : ''}: ${p.detail.split('\n')[0]}`).join('\n  ')}`)
      .join('\n');
    assert.equal(failures.length, 0, `${failures.length} failing mutants (replay: npm run fuzz -- --seed ${SEED} --start <index> --count 1 --no-corpus):\n${report}`);
    assert.equal(stats.mutants, MUTANTS);
    // Not a benchmark: only a guard against a run that hangs.
    assert.ok(seconds < 300, `took ${seconds.toFixed(1)} s`);
    console.log(`# ${MUTANTS} mutants in ${seconds.toFixed(1)} s; slowest parse + lint ${stats.maxLintMs.toFixed(0)} ms`);
  });
});
