/** The "Ignore <rule> for this line / in this file" fixes: the text they produce, and that it silences the finding. */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initShellParserForTests } from '#test/shell-parser-setup';
import { parseDocument } from '../document';
import { lint } from '../lint';
import { applyEdits } from '../fix/apply';
import type { Finding } from '../model';
import { ignoreFixes } from './ignore-fixes';
import { parserDirectives } from './pragmas';

const CMD = 'FROM node:20\nUSER node\nCMD node server.js\n';

function fixed(text: string, finding: Finding, which: 'line' | 'file'): string {
  const fixes = ignoreFixes(parseDocument(text, 'dockerfile'), finding);
  const fix = fixes.find((f) => f.title.endsWith(which === 'line' ? 'for this line' : 'in this file'));
  assert.ok(fix, `a "${which}" fix among ${fixes.map((f) => f.title).join(', ')}`);
  return applyEdits(text, fix.edits);
}

function only(text: string, ruleId: string): Finding {
  const finding = lint(parseDocument(text, 'dockerfile')).find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} is reported in:\n${text}`);
  return finding;
}

const reported = (text: string, ruleId: string) => lint(parseDocument(text, 'dockerfile')).some((f) => f.ruleId === ruleId);

describe('ignore fixes (Dockerfile)', () => {
  before(() => initShellParserForTests());
  it('line: inserts our pragma above the instruction, with its indentation, and the finding is gone', () => {
    const text = 'FROM node:20\nUSER node\nONBUILD CMD node \\\n    server.js\n';
    const after = fixed(text, only(text, 'shell-form-cmd'), 'line');
    assert.equal(after, 'FROM node:20\nUSER node\n# shipshape ignore=shell-form-cmd \nONBUILD CMD node \\\n    server.js\n');
    assert.ok(!reported(after, 'shell-form-cmd'));
    const indented = 'FROM node:20\nUSER node\n  CMD node server.js\n';
    assert.equal(fixed(indented, only(indented, 'shell-form-cmd'), 'line'), 'FROM node:20\nUSER node\n  # shipshape ignore=shell-form-cmd \n  CMD node server.js\n');
  });

  it('line: extends a shipshape pragma already above the instruction', () => {
    const text = 'FROM node:20\nUSER node\n# shipshape ignore=root-final-stage legacy\nCMD node server.js\n';
    const after = fixed(text, only(text, 'shell-form-cmd'), 'line');
    assert.equal(after, 'FROM node:20\nUSER node\n# shipshape ignore=root-final-stage,shell-form-cmd legacy\nCMD node server.js\n');
    assert.ok(!reported(after, 'shell-form-cmd'));
  });

  it('file: goes after the parser directives, which stay directives', () => {
    const text = '# syntax=docker/dockerfile:1\n# escape=\\\n' + CMD;
    const after = fixed(text, only(text, 'shell-form-cmd'), 'file');
    assert.equal(after, '# syntax=docker/dockerfile:1\n# escape=\\\n# shipshape ignore-file=shell-form-cmd \n' + CMD);
    assert.equal(parserDirectives(parseDocument(after, 'dockerfile').dockerfile!).length, 2);
    assert.ok(!reported(after, 'shell-form-cmd'));
  });

  it('file: at the top without directives, keeping CRLF line ends; then extends that line', () => {
    const text = CMD.replace(/\n/g, '\r\n');
    const once = fixed(text, only(text, 'shell-form-cmd'), 'file');
    assert.equal(once, '# shipshape ignore-file=shell-form-cmd \r\n' + text);
    const rootText = once.replace('USER node\r\n', '');
    const twice = fixed(rootText, only(rootText, 'root-final-stage'), 'file');
    assert.equal(twice, '# shipshape ignore-file=shell-form-cmd,root-final-stage \r\nFROM node:20\r\nCMD node server.js\r\n');
    assert.ok(!reported(twice, 'root-final-stage') && !reported(twice, 'shell-form-cmd'));
  });

  it('a finding on a comment line gets only the file fix', () => {
    const text = 'FROM node:20\n# shipshape ignore=no-such-rule\nUSER node\n';
    const fixes = ignoreFixes(parseDocument(text, 'dockerfile'), only(text, 'unknown-rule-in-pragma'));
    assert.deepEqual(fixes.map((f) => f.title), ['Ignore unknown-rule-in-pragma in this file']);
  });
});

describe('ignore fixes (Compose)', () => {
  const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n';
  const finding = (needle: string): Finding => {
    const start = text.indexOf(needle);
    return { ruleId: 'compose-rule', messageId: 'x', aliases: [], severity: 'warning', category: 'correctness', message: 'x', span: { start, end: start + needle.length }, fixes: [] };
  };
  const apply = (f: Finding, which: number) => applyEdits(text, ignoreFixes(parseDocument(text, 'compose'), f)[which].edits);

  it('line: above the innermost entry holding the finding, with its indentation, and the pragma covers it', () => {
    const after = apply(finding('"80:80"'), 0);
    assert.equal(after, 'services:\n  web:\n    image: nginx\n    ports:\n      # shipshape ignore=compose-rule \n      - "80:80"\n');
    const pragma = parseDocument(after, 'compose').pragmas.pragmas[0];
    assert.equal(after.slice(pragma.target!.start, pragma.target!.end), '- "80:80"');
    assert.equal(apply(finding('nginx'), 0), 'services:\n  web:\n    # shipshape ignore=compose-rule \n    image: nginx\n    ports:\n      - "80:80"\n');
  });

  it('file: at the top', () => {
    assert.equal(apply(finding('nginx'), 1), '# shipshape ignore-file=compose-rule \n' + text);
  });
});
