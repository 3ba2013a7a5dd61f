/**
 * Real Compose files from public repositories (../shared/corpus/compose, all accepted by Compose): the schema rule
 * must not raise a single false alarm on them, and no Compose rule may crash. Skips when the corpus is absent (CI).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseDocument, rules } from '../../server/src/engine';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'compose');
const present = existsSync(corpus);
if (!present) console.log(`# compose corpus tests skipped: ${corpus} is absent`);

test('no schema false alarm and no crash on the Compose corpus', { skip: !present && `${corpus} is absent` }, () => {
  const files = readdirSync(corpus).filter((f) => /\.ya?ml$/.test(f));
  assert.ok(files.length > 0);
  const composeRules = rules.filter((r) => r.language === 'compose');
  const counts = new Map<string, number>();
  const falseAlarms: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(corpus, file), 'utf8');
    for (const finding of lint(parseDocument(text, 'compose'), { rules: composeRules })) {
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
      if (finding.ruleId === 'compose-schema' || finding.ruleId === 'internal-error' || finding.ruleId === 'compose-yaml-syntax') {
        falseAlarms.push(`${file}: ${finding.ruleId}: ${finding.message}`);
      }
    }
  }
  console.log(`# ${files.length} corpus Compose files; findings per rule: ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
  assert.deepEqual(falseAlarms, []);
});
