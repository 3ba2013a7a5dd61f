/**
 * Rule tests as tables (ESLint's RuleTester, with rust-analyzer's inline markers): «…» in `code` marks each
 * expected finding's span and is stripped before linting. `output` is the text after the safe fixes (what
 * `--fix` writes), `unsafeOutput` the text after all fixes; `null` means "no such fix".
 * Every fixed text is linted again: the findings it fixed must be gone and fixing again must change nothing.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Rule, ProjectFacts } from '../server/src/engine/define';
import { parseDocument } from '../server/src/engine/document';
import { lint } from '../server/src/engine/lint';
import { fixAll } from '../server/src/engine/fix/apply';
import type { Finding } from '../server/src/engine/model';
import { initShellParserForTests } from './shell-parser-setup';

export interface ValidCase {
  code: string;
  options?: Record<string, unknown>;
  project?: ProjectFacts;
}

export interface InvalidCase extends ValidCase {
  /** One entry per «…» marker, in order. */
  errors: { messageId: string; data?: Record<string, string | number> }[];
  output?: string | null;
  unsafeOutput?: string | null;
}

export function stripMarkers(marked: string): { code: string; spans: { start: number; end: number }[] } {
  let code = '';
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === '«') open.push(code.length);
    else if (ch === '»') spans.push({ start: open.pop()!, end: code.length });
    else code += ch;
  }
  assert.equal(open.length, 0, 'unbalanced « » markers');
  return { code, spans: spans.sort((a, b) => a.start - b.start || a.end - b.end) };
}

function run(rule: Rule, test: ValidCase, code = test.code): Finding[] {
  // The rule under test runs even when it is off by default.
  const config = { rules: { [rule.id]: { severity: rule.severity, options: test.options } } };
  return lint(parseDocument(code, rule.language), { rules: [rule], config, project: test.project });
}

function checkFixed(rule: Rule, test: InvalidCase, code: string, expected: string | null, allowUnsafe: boolean): void {
  const lintText = (text: string) => run(rule, test, text);
  const result = fixAll(code, lintText, { allowUnsafe });
  assert.equal(result.text, expected ?? code, allowUnsafe ? 'unsafe fix output' : 'safe fix output');
  if (expected === null) return;
  assert.ok(lintText(result.text).length < lintText(code).length, 'the fix must remove the finding it fixes');
  assert.equal(fixAll(result.text, lintText, { allowUnsafe }).text, result.text, 'fixing twice must change nothing the second time');
  assert.doesNotThrow(() => parseDocument(result.text, rule.language), 'fixed text must still parse');
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
    const seen = new Set<string>();
    const unique = (code: string) => {
      assert.ok(!seen.has(code), `duplicate test case: ${JSON.stringify(code)}`);
      seen.add(code);
    };
    describe(rule.id, () => {
      before(() => initShellParserForTests());
      for (const raw of cases.valid) {
        const test = typeof raw === 'string' ? { code: raw } : raw;
        it(`valid: ${JSON.stringify(test.code).slice(0, 80)}`, () => {
          unique(test.code);
          assert.deepEqual(run(rule, test).map((f) => f.message), []);
        });
      }
      for (const test of cases.invalid) {
        it(`invalid: ${JSON.stringify(test.code).slice(0, 80)}`, () => {
          unique(test.code);
          const { code, spans } = stripMarkers(test.code);
          const findings = run(rule, test, code);
          assert.deepEqual(
            findings.map((f) => ({ span: f.span, messageId: f.messageId, text: code.slice(f.span.start, f.span.end) })),
            spans.map((span, i) => ({ span, messageId: test.errors[i]?.messageId, text: code.slice(span.start, span.end) })),
          );
          test.errors.forEach((error, i) => {
            if (!error.data) return;
            for (const [key, value] of Object.entries(error.data)) assert.ok(findings[i].message.includes(String(value)), `message should mention ${key}=${value}: ${findings[i].message}`);
          });
          if (test.output !== undefined) checkFixed(rule, test, code, test.output, false);
          if (test.unsafeOutput !== undefined) checkFixed(rule, test, code, test.unsafeOutput, true);
        });
      }
    });
  },
};
