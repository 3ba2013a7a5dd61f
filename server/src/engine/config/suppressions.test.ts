/**
 * Every pragma form, through `lint`: two probe rules report each `BAD` / `UGLY` word, and «…» marks the findings
 * that must survive the pragmas.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stripMarkers } from '#test/rule-tester';
import { defineRule, type Rule } from '../define';
import { parseDocument } from '../document';
import { lint } from '../lint';
import type { Language } from '../model';
import type { LintConfig } from './lint-config';

function probe(id: string, word: string, language: Language, aliases: string[], enabledByDefault = true): Rule {
  const check = ({ document, report }: { document: { text: string }; report: (r: { messageId: 'found'; span: { start: number; end: number } }) => void }) => {
    for (const m of document.text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) report({ messageId: 'found', span: { start: m.index!, end: m.index! + word.length } });
  };
  const base = { id, aliases, category: 'correctness', severity: 'warning', enabledByDefault, fixable: 'never', messages: { found: 'found' } } as const;
  const docs = { summary: 'probe', why: 'probe', bad: [], good: [] };
  return (language === 'dockerfile' ? defineRule({ ...base, docs, language, check }) : defineRule({ ...base, docs, language, check })) as Rule;
}

const PROBE = probe('probe-rule', 'BAD', 'dockerfile', ['DL9999', 'StageNameCasing']);
const PLAIN = probe('plain-probe', 'UGLY', 'dockerfile', []);
const EXPERIMENTAL = probe('experimental-probe', 'NEW', 'dockerfile', ['InvalidDefinitionDescription'], false);
const COMPOSE = probe('compose-probe', 'BAD', 'compose', []);

function survivors(marked: string, language: Language = 'dockerfile', config?: LintConfig) {
  const { code, spans } = stripMarkers(marked);
  const rules = language === 'dockerfile' ? [PROBE, PLAIN, EXPERIMENTAL] : [COMPOSE];
  const findings = lint(parseDocument(code, language), { rules, config });
  assert.deepEqual(
    findings.map((f) => f.span),
    spans,
    `surviving findings of:\n${code}`,
  );
  return findings;
}

describe('# shipshape ignore=', () => {
  it('silences the next instruction, continuation lines included, and only that one', () => {
    survivors('FROM a\n# shipshape ignore=probe-rule the reason\nRUN BAD \\\n  BAD\nRUN «BAD»');
  });
  it('matches ids and aliases in any casing, several at once', () => {
    survivors('FROM a\n# shipshape ignore=dl9999, plain-probe  why\nRUN BAD UGLY\nRUN «BAD»');
  });
  it('reaches across other comment lines but not across a blank line', () => {
    survivors('FROM a\n# shipshape ignore=probe-rule\n# a note\nRUN BAD\n# shipshape ignore=probe-rule\n\nRUN «BAD»');
  });
  it('inside a continued instruction, silences the rest of that instruction', () => {
    survivors('FROM a\nRUN «BAD» \\\n  # shipshape ignore=probe-rule\n  && BAD\nRUN «BAD»');
  });
  it('on the first line of the file (which dockerfile-ast reads as a parser directive)', () => {
    survivors('# shipshape ignore=probe-rule\nFROM BAD\nRUN «BAD»');
  });
  it('is not a pragma inside a here-document or after an instruction', () => {
    survivors('FROM a\nRUN <<EOF\n# shipshape ignore=probe-rule\nEOF\nRUN «BAD»\nRUN echo «BAD» # shipshape ignore=probe-rule\nRUN «BAD»');
  });
  it('ignore-file silences the whole file', () => {
    survivors('FROM BAD\n# shipshape ignore-file=probe-rule,plain-probe reason\nRUN BAD UGLY');
  });
  it('is not honoured when the configuration disables ignore pragmas', () => {
    survivors('FROM a\n# shipshape ignore=probe-rule\nRUN «BAD»', 'dockerfile', { disableIgnorePragmas: true });
  });
});

describe('# hadolint pragmas', () => {
  it('ignore= silences the next instruction, with a trailing comment after the list', () => {
    survivors('FROM a\n# hadolint ignore=DL9999,DL3008 # pinned upstream\nRUN BAD\nRUN «BAD»');
  });
  it('global ignore= silences the whole file, wherever it is', () => {
    survivors('FROM BAD\nRUN BAD «UGLY»\n# hadolint global ignore=DL9999');
  });
  it('stage ignore= above a FROM silences that stage, mid-stage the rest of it', () => {
    survivors('FROM a\nRUN «BAD»\n# hadolint stage ignore=DL9999\nFROM b\nRUN BAD\nFROM c\nRUN «BAD»');
    survivors('FROM a\nRUN «BAD»\n# hadolint stage ignore=DL9999\nRUN BAD\nRUN BAD\nFROM c\nRUN «BAD»');
  });
  it('shell= is read, not a suppression', () => {
    const document = parseDocument('# hadolint shell=powershell\nFROM mcr.microsoft.com/windows/servercore\nRUN BAD', 'dockerfile');
    assert.equal(document.pragmas.shell?.name, 'powershell');
    assert.deepEqual(document.pragmas.pragmas, []);
  });
});

describe('BuildKit # check=', () => {
  it('the parser directive skips the named checks in the whole file', () => {
    survivors('# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing,JSONArgsRecommended\nFROM BAD\nRUN BAD «UGLY»');
  });
  it('skip=all skips every BuildKit-aliased rule and no other', () => {
    survivors('# check=skip=all\nFROM BAD\nRUN BAD «UGLY»');
  });
  it('error=true makes BuildKit-aliased findings errors', () => {
    const findings = survivors('# check=error=true\nFROM a\nRUN «BAD» «UGLY»');
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['probe-rule', 'error'], ['plain-probe', 'warning']]);
  });
  it('experimental= turns on the off-by-default rules aliased to those checks, unless the configuration names them', () => {
    survivors('FROM a\nRUN NEW');
    survivors('# check=experimental=InvalidDefinitionDescription\nFROM a\nRUN «NEW»');
    survivors('# check=experimental=all\nFROM a\nRUN NEW', 'dockerfile', { rules: { 'experimental-probe': 'off' } });
  });
  it('a malformed directive skips nothing (BuildKit refuses the file)', () => {
    survivors('# check=skip=StageNameCasing;bogus=1\nFROM «BAD»');
  });
  it('a check comment directly above an instruction skips for that instruction; a reason may follow a blank', () => {
    survivors('FROM a\n# why: generated names\n# check=skip=StageNameCasing generated\nRUN BAD\nRUN «BAD»');
  });
  it('only the first check comment above an instruction counts, and a blank line cuts the block', () => {
    survivors('FROM a\n# check=skip=JSONArgsRecommended\n# check=skip=StageNameCasing\nRUN «BAD»');
    survivors('FROM a\n# check=skip=StageNameCasing\n\nRUN «BAD»');
  });
  it('below a comment, a check line is no parser directive but still applies to the instruction under it', () => {
    survivors('# about this file\n# check=skip=StageNameCasing\nFROM BAD\nRUN «BAD»');
  });
});

describe('Compose pragmas', () => {
  it('# shipshape ignore= silences the entry on the next line, with everything nested in it', () => {
    survivors('services:\n  web:\n    # shipshape ignore=compose-probe\n    image: BAD\n    command: «BAD»\n', 'compose');
    survivors('services:\n  # shipshape ignore=compose-probe\n  web:\n    image: BAD\n    environment:\n      - A=BAD\n  db:\n    image: «BAD»\n', 'compose');
  });
  it('applies to a list item', () => {
    survivors('services:\n  web:\n    ports:\n      # shipshape ignore=compose-probe\n      - BAD\n      - «BAD»\n', 'compose');
  });
  it('ignore-file silences the whole file; a # line inside a block scalar is text', () => {
    survivors('# shipshape ignore-file=compose-probe\nservices:\n  web:\n    image: BAD\n', 'compose');
    survivors('services:\n  web:\n    command: |\n      # shipshape ignore=compose-probe\n      run «BAD»\n', 'compose');
  });
  it('takes no hadolint pragma', () => {
    survivors('services:\n  web:\n    # hadolint ignore=compose-probe\n    image: «BAD»\n', 'compose');
  });
});
