/**
 * The formatter's promises, checked over real Dockerfiles (the shared corpus, when it is there) and over fuzzer
 * mutants of the repository's seeds (fixed seed, so every clone runs the same mutants).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from '../../server/src/engine';
import { initShellParserForTests } from '../shell-parser-setup';
import { CORPUS_DIR, corpusSeeds, repoSeeds } from '../fuzz/seeds';
import { mutantSeed, mutate, Random } from '../fuzz/mutate';
import { checkComposeFormatting, checkFormatting, checkRangeAndOnType } from './format-properties';

const SEED = 20261123;
const MUTANTS = 2500;
const COMPOSE_MUTANTS = 500;
const OPTION_SETS: FormatOptions[] = [DEFAULT_FORMAT_OPTIONS, { tabSize: 2, insertSpaces: false, realignContinuations: true }];

/** Formats each document with each of `optionSets(index)` and checks the promises. */
function run(documents: { name: string; text: string }[], optionSets: (index: number) => FormatOptions[]): { checked: number; changed: number; failures: string[] } {
  const failures: string[] = [];
  let changed = 0;
  let checked = 0;
  documents.forEach(({ name, text }, index) => {
    for (const options of optionSets(index)) {
      const result = checkFormatting(text, options);
      checked++;
      if (result.changed) changed++;
      if (result.problems.length > 0) failures.push(`${name} ${JSON.stringify(options)}:\n  ${result.problems.join('\n  ')}`);
    }
  });
  return { checked, changed, failures };
}

describe('formatter properties', () => {
  before(() => initShellParserForTests());

  it('over the shared corpus: idempotent, no new findings, heredocs, comments and arguments unchanged', (t) => {
    if (!existsSync(CORPUS_DIR)) {
      t.skip(`no corpus at ${CORPUS_DIR}`);
      console.log(`skipped: no corpus at ${CORPUS_DIR}`);
      return;
    }
    const documents = corpusSeeds().filter((s) => s.language === 'dockerfile');
    const { checked, changed, failures } = run(documents, () => OPTION_SETS);
    console.log(`corpus: ${documents.length} Dockerfiles × ${OPTION_SETS.length} option sets = ${checked} formats, ${changed} changed something`);
    assert.deepEqual(failures.slice(0, 5), []);
  });

  it(`over ${MUTANTS} fuzzer mutants (seed ${SEED}): the same promises, and range and on-type formatting agree`, () => {
    const seeds = repoSeeds().filter((s) => s.language === 'dockerfile');
    const started = performance.now();
    const documents = Array.from({ length: MUTANTS }, (_, index) => {
      const random = new Random(mutantSeed(SEED, index));
      const seed = random.pick(seeds);
      const mutant = mutate(seed.text, 'dockerfile', random, { longLine: 2000, nesting: 100 });
      return { name: `mutant ${index} of ${seed.name} (${mutant.mutations.join(', ')})`, text: mutant.text, line: random.int(mutant.text.split('\n').length) };
    });
    // Each mutant with one option set, alternating, to stay well under 30 s.
    const { checked, changed, failures } = run(documents, (index) => [OPTION_SETS[index % OPTION_SETS.length]]);
    documents.forEach(({ name, text, line }, index) => {
      const problems = checkRangeAndOnType(text, line, OPTION_SETS[index % OPTION_SETS.length]);
      if (problems.length > 0) failures.push(`${name}, range/on-type at line ${line}:\n  ${problems.join('\n  ')}`);
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`mutants: ${checked} formats (option sets alternating), ${changed} changed something, ${seconds.toFixed(1)} s`);
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} failures`);
  });

  it('over the Compose corpus and mutants: idempotent, no new findings, the same data, only indentation changed', () => {
    const corpus = existsSync(CORPUS_DIR) ? corpusSeeds().filter((s) => s.language === 'compose') : [];
    if (corpus.length === 0) console.log(`Compose corpus skipped: none at ${CORPUS_DIR}`);
    const seeds = [...repoSeeds().filter((s) => s.language === 'compose'), ...corpus];
    const mutants = Array.from({ length: COMPOSE_MUTANTS }, (_, index) => {
      const random = new Random(mutantSeed(SEED, index));
      const seed = random.pick(seeds);
      const mutant = mutate(seed.text, 'compose', random, { longLine: 500, nesting: 50 });
      return { name: `compose mutant ${index} of ${seed.name} (${mutant.mutations.join(', ')})`, text: mutant.text };
    });
    const failures: string[] = [];
    let changed = 0;
    for (const { name, text } of [...corpus, ...mutants]) {
      for (const tabSize of [2, 4]) {
        const result = checkComposeFormatting(text, tabSize);
        if (result.changed) changed++;
        if (result.problems.length > 0) failures.push(`${name} (tab size ${tabSize}):\n  ${result.problems.join('\n  ')}`);
      }
    }
    console.log(`compose: ${corpus.length} corpus files + ${mutants.length} mutants × 2 tab sizes, ${changed} changed something`);
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} failures`);
  });
});
