/**
 * Navigation and rename on real files (../shared/corpus): every feature answers without throwing at every name, and
 * renaming a name of each kind (the first renamable stage, variable and heredoc of each file) gives a file whose names
 * group exactly as before (nothing captured, nothing lost).
 * Skips when the corpus is absent (CI).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, languageFeatures, parseDocument, type Language } from '../../server/src/engine';
import { occurrencesOf } from '../../server/src/engine/features/dockerfile/occurrences';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(corpus);
if (!present) console.log(`# navigation corpus test skipped: ${corpus} is absent`);

const files = (language: Language) => (present ? readdirSync(join(corpus, language)).sort().map((name) => ({ name, text: readFileSync(join(corpus, language, name), 'utf8') })) : []);

/** Sizes of the groups of occurrences, sorted: the shape of the file's names. */
function shape(text: string): string {
  const model = parseDocument(text, 'dockerfile').dockerfile;
  const sizes = new Map<string, number>();
  for (const o of model ? occurrencesOf(model) : []) {
    const key = o.symbol.startsWith('variable:?') ? 'undeclared' : o.symbol;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()].sort((a, b) => a - b).join(',');
}

const NEW_NAME = { stage: 'renamedstage', variable: 'RENAMED_VARIABLE', heredoc: 'RENAMED_EOF' } as const;

test('Dockerfile features answer everywhere, and renames keep the names grouped as before', { skip: !present && `${corpus} is absent` }, () => {
  const features = languageFeatures.dockerfile!;
  const problems: string[] = [];
  let renames = 0;
  for (const { name, text } of files('dockerfile')) {
    const doc = parseDocument(text, 'dockerfile');
    if (!doc.dockerfile) continue;
    features.symbols!(doc);
    features.folding!(doc);
    features.links!(doc, { pathExists: () => true });
    const before = shape(text);
    const seen = new Set<string>();
    for (const occurrence of occurrencesOf(doc.dockerfile)) {
      const offset = occurrence.span.start;
      features.definition!(doc, offset);
      features.references!(doc, offset, true);
      features.highlights!(doc, offset);
      const prepared = features.prepareRename!(doc, offset);
      if (!prepared || 'error' in prepared || seen.has(occurrence.kind)) continue;
      const result = features.rename!(doc, offset, NEW_NAME[occurrence.kind]);
      if (!result || 'error' in result) continue; // a refusal (the name is taken) is an answer too
      seen.add(occurrence.kind);
      renames++;
      const after = applyEdits(text, result.edits);
      if (shape(after) !== before) problems.push(`${name}: renaming ${occurrence.kind} ${text.slice(occurrence.span.start, occurrence.span.end)} changed the names' shape`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(renames > 50, `only ${renames} renames exercised`);
});

test('Compose features answer everywhere, and renaming a service keeps its references', { skip: !present && `${corpus} is absent` }, () => {
  const features = languageFeatures.compose!;
  const problems: string[] = [];
  for (const { name, text } of files('compose')) {
    const doc = parseDocument(text, 'compose');
    if (!doc.compose) continue;
    features.folding!(doc);
    features.workspaceSymbols!(doc);
    for (const service of doc.compose.services) {
      const offset = service.keySpan.start + (text[service.keySpan.start] === '"' || text[service.keySpan.start] === "'" ? 1 : 0);
      const uses = features.references!(doc, offset, false).length;
      features.highlights!(doc, offset);
      const result = features.rename!(doc, offset, 'renamed-service');
      if (!result || 'error' in result) continue;
      const renamed = parseDocument(applyEdits(text, result.edits), 'compose');
      const at = renamed.compose?.service('renamed-service');
      if (!at) problems.push(`${name}: ${service.name} vanished`);
      else if (features.references!(renamed, at.keySpan.start + (offset - service.keySpan.start), false).length !== uses) problems.push(`${name}: ${service.name} lost references`);
    }
  }
  assert.deepEqual(problems, []);
});
