/** Hostile input in the engine: one clear finding instead of a parse, in bounded time; nothing throws. */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { hover, lint, parseDocument, rules, type Language } from '../../server/src/engine';
import { initShellParserForTests } from '../shell-parser-setup';
import { unanalysable } from '../../server/src/engine/text/analysable';
import { binaryText, compactMappingChain, deepBlockYaml, deepYaml, longContinuation, longHeredoc, loneSurrogates, tenMegabyteDockerfile, yamlAliasBomb } from './inputs';

/** Generous: the machine may be busy. The point is "seconds, not minutes". */
const BOUND_MS = 5000;

function analyse(text: string, language: Language) {
  const started = performance.now();
  const parsed = parseDocument(text, language);
  const findings = lint(parsed);
  return { parsed, findings, ms: performance.now() - started };
}

describe('hostile input (engine)', () => {
  before(() => initShellParserForTests());

  for (const [name, make, language, reason, message] of [
    ['a 10 MB file', tenMegabyteDockerfile, 'dockerfile', 'too-large', /^File too large to analyse \(10\.0 MB; Shipshape analyses files up to 2\.0 MB\)\.$/],
    ['a binary file opened as a Dockerfile', binaryText, 'dockerfile', 'binary', /^Not a text file/],
    ['NUL characters in a Compose file', () => 'services:\n  web:\n    image: "a\0b"\n', 'compose', 'binary', /^Not a text file/],
    ['a RUN continued over 100,000 lines', () => longContinuation(), 'dockerfile', 'too-large', /the instruction on line 2 runs over 100002 lines/],
    ['a here-document of 100,000 lines', () => longHeredoc(), 'dockerfile', 'too-large', /the instruction on line 2 runs over 100002 lines/],
    ['YAML nested 5,000 levels deep', () => deepYaml(), 'compose', 'too-large', /nested more than 256 levels deep/],
    ['YAML indented 1,300 levels deep (the yaml package may overflow the stack)', () => deepBlockYaml(), 'compose', 'too-large', /nested more than 256 levels deep/],
    ['5,000 compact YAML mappings on one line (each nested in the one before)', () => compactMappingChain(), 'compose', 'too-complex', /^File too complex to analyse: line 2 nests 5001 keys/],
    ['the same behind a `{` inside a plain scalar (`k:{` is text, not a flow mapping)', () => compactMappingChain().replace('k: v, ', 'k:{ v, '), 'compose', 'too-complex', /^File too complex to analyse: line 2 nests 5000 keys/],
  ] as const) {
    it(`answers ${name} with one clear finding, quickly`, () => {
      const { parsed, findings, ms } = analyse(make(), language);
      assert.equal(parsed.unanalysable?.reason, reason);
      assert.equal(findings.length, 1);
      assert.equal(findings[0].ruleId, 'file-not-analysed');
      assert.equal(findings[0].severity, 'warning');
      assert.match(findings[0].message, message);
      assert.deepEqual(findings[0].span, { start: 0, end: 0 });
      assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
      assert.doesNotThrow(() => hover(parsed, 0, findings, rules));
    });
  }

  it('analyses long but real instructions normally: the limit is 2,000 lines', () => {
    assert.equal(unanalysable(longContinuation(1990), 'dockerfile', 1995), undefined);
    const { parsed, findings, ms } = analyse(longContinuation(300), 'dockerfile');
    assert.equal(parsed.unanalysable, undefined);
    assert.ok(!findings.some((f) => f.ruleId === 'internal-error' || f.ruleId === 'file-not-analysed'));
    assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
  });

  it('analyses lone surrogates like any other character, spans inside the text', () => {
    const text = loneSurrogates();
    const { parsed, findings } = analyse(text, 'dockerfile');
    assert.equal(parsed.unanalysable, undefined);
    for (const f of findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.ruleId !== 'internal-error', JSON.stringify(f));
    for (let offset = 0; offset <= text.length; offset += 3) hover(parsed, offset, findings, rules);
  });

  it('reads a YAML alias bomb without expanding it', () => {
    const { parsed, findings, ms } = analyse(yamlAliasBomb(), 'compose');
    assert.equal(parsed.unanalysable, undefined);
    assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
    assert.ok(findings.length < 1000, `${findings.length} findings`);
  });
});
