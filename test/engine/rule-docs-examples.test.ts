/** Every rule's documented examples are tests: each bad one trips the rule, each good one stays clean of it. */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parseDocument, rules } from '../../server/src/engine';
import { initShellParserForTests } from '../shell-parser-setup';

describe('rule docs examples', () => {
  before(() => initShellParserForTests());
  for (const rule of rules) {
    it(rule.id, () => {
      const config = { rules: { [rule.id]: rule.severity } };
      const project = rule.docs.exampleContext;
      for (const bad of rule.docs.bad) {
        const findings = lint(parseDocument(bad, rule.language), { rules: [rule], config, project });
        assert.ok(findings.length > 0, `bad example should trip ${rule.id}:\n${bad}`);
      }
      for (const good of rule.docs.good) {
        const findings = lint(parseDocument(good, rule.language), { rules: [rule], config, project });
        assert.deepEqual(findings.map((f) => f.message), [], `good example should not trip ${rule.id}:\n${good}`);
      }
      assert.match(rule.id, /^[a-z]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case');
      if (rule.fixable !== 'never') assert.ok(rule.docs.fixSafety, 'a fixable rule documents its fix safety');
    });
  }
});
