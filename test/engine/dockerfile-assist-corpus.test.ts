/**
 * Real Dockerfiles from public repositories (../shared/corpus/dockerfile): semantic tokens are well-formed (sorted,
 * disjoint, one line each) on every file, and completion, signature help and inlay hints answer without throwing at
 * every line end, also while the file is cut off there (the line being typed). Skips when the corpus is absent (CI).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageFeatures, parseDocument } from '../../server/src/engine';
import { assertWellFormedTokens } from '../semantic-tokens-check';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'dockerfile');
const present = existsSync(corpus);
if (!present) console.log(`# Dockerfile assist corpus tests skipped: ${corpus} is absent`);
const features = languageFeatures.dockerfile!;

const files = present ? readdirSync(corpus).filter((f) => !f.startsWith('.')) : [];

test('semantic tokens are sorted, disjoint and single-line on the Dockerfile corpus', { skip: !present && `${corpus} is absent` }, () => {
  assert.ok(files.length > 0);
  let count = 0;
  let spent = 0;
  for (const file of files) {
    const text = readFileSync(join(corpus, file), 'utf8');
    const parsed = parseDocument(text, 'dockerfile');
    const started = performance.now();
    const tokens = features.semanticTokens!(parsed);
    spent += performance.now() - started;
    assertWellFormedTokens(text, tokens, file);
    count += tokens.length;
  }
  console.log(`# ${files.length} corpus Dockerfiles: ${count} semantic tokens in ${Math.round(spent)} ms`);
});

test('completion, signature help and inlay hints never throw on the Dockerfile corpus, whole or cut off mid-line', { skip: !present && `${corpus} is absent` }, () => {
  let answered = 0;
  let asked = 0;
  for (const file of files) {
    const text = readFileSync(join(corpus, file), 'utf8');
    const whole = parseDocument(text, 'dockerfile');
    features.inlayHints!(whole, { argDefaults: true });
    const lineEnds = [...text.matchAll(/\n/g)].map((m) => m.index);
    for (const [i, end] of lineEnds.entries()) {
      asked++;
      if (features.completion!(whole, end).length > 0) answered++;
      features.signatureHelp!(whole, end);
      // The file as it is while someone types: cut in the middle of every twentieth line.
      if (i % 20 !== 0) continue;
      const cut = end - Math.floor((end - (lineEnds[i - 1] ?? 0)) / 2);
      const typing = parseDocument(text.slice(0, cut), 'dockerfile');
      features.completion!(typing, cut);
      features.signatureHelp!(typing, cut);
      assertWellFormedTokens(typing.text, features.semanticTokens!(typing), `${file} cut at ${cut}`);
    }
  }
  console.log(`# completion answered at ${answered} of ${asked} line ends`);
});
