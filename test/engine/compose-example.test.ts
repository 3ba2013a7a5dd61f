/**
 * examples/compose.yaml with the default rule set: exactly the findings the issue asks for, and none on the anchor,
 * the merge key or the interpolated port. The safe fixes change only the lines they are about.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, lint, parseDocument } from '../../server/src/engine';
import { pathExistsBeside } from '../../server/src/node/path-facts';

const PATH = join(__dirname, '..', '..', 'examples', 'compose.yaml');
const EXAMPLE = readFileSync(PATH, 'utf8');
/** As the editor and the CLI see it on disk: `build: .` is looked up beside the file. */
const project = { pathExists: pathExistsBeside(PATH), fileName: 'compose.yaml' };
const lintText = (text: string) => lint(parseDocument(text, 'compose'), { project });

test('examples/compose.yaml: exactly the expected findings with the default rules', () => {
  const findings = lintText(EXAMPLE).map((f) => ({ rule: f.ruleId, text: EXAMPLE.slice(f.span.start, f.span.end), fixes: f.fixes.map((x) => x.safety) }));
  assert.deepEqual(findings, [
    { rule: 'obsolete-version-key', text: 'version', fixes: ['safe'] },
    { rule: 'depends-on-start-order-only', text: 'db', fixes: ['unsafe'] },
    { rule: 'compose-schema', text: 'helthcheck', fixes: ['safe'] },
    { rule: 'secret-in-environment', text: 'devpass', fixes: [] },
    { rule: 'database-port-on-all-interfaces', text: '5432', fixes: ['unsafe'] },
  ]);
});

test('examples/compose.yaml: the safe fixes delete the version line and rename the key, nothing else', () => {
  const fixed = fixAll(EXAMPLE, lintText).text;
  assert.equal(fixed, EXAMPLE.replace('version: "3.9"\n', '').replace('helthcheck:', 'healthcheck:'));
});
