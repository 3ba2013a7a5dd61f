/**
 * Incremental re-parsing must be invisible on real files: after chains of random edits to every corpus Dockerfile
 * (../shared/corpus/dockerfile), the model re-parsed from the previous versions, and the findings on it, equal a
 * parse from scratch. Typing into a RUN of a large generated file (the benchmark's keystroke path) is checked too.
 * The corpus part skips when the corpus is absent (CI).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initShellParserForTests } from '../shell-parser-setup';
import { randomEdit, reparseDifference, type Edit } from '../fuzz/reparse-check';
import { Random } from '../fuzz/mutate';
import { generateDockerfile, typingOffset } from '../../bench/inputs';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'dockerfile');
const present = existsSync(corpus);
if (!present) console.log(`# re-parse corpus test skipped: ${corpus} is absent`);

before(() => initShellParserForTests());

test('re-parsing after random edits equals parsing from scratch, on every corpus Dockerfile', { skip: !present && `${corpus} is absent` }, () => {
  const random = new Random(20261123);
  const differences: string[] = [];
  for (const name of readdirSync(corpus).sort()) {
    const text = readFileSync(join(corpus, name), 'utf8');
    const edits: Edit[] = [];
    let current = text;
    for (let k = 1 + random.int(3); k > 0; k--) {
      const edit = randomEdit(current, random);
      edits.push(edit);
      current = current.slice(0, edit.at) + edit.insert + current.slice(edit.at + edit.remove);
    }
    const difference = reparseDifference(text, edits);
    if (difference) differences.push(`${name}: ${difference}`);
  }
  assert.deepEqual(differences, []);
});

test('typing into a RUN of a 2,000-line Dockerfile re-parses to the same model and findings as from scratch', () => {
  const text = generateDockerfile(2000);
  const at = typingOffset(text, 'dockerfile');
  const edits: Edit[] = [...' && echo typed\\\n  x'].map((ch, i) => ({ at: at + i, remove: 0, insert: ch }));
  assert.equal(reparseDifference(text, edits), undefined);
});
