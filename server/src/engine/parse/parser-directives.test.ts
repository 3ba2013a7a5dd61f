import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parserDirectiveLines } from './parser-directives';

const directiveTexts = (text: string) => parserDirectiveLines(text).map((line) => text.slice(line.start, line.end));

describe('parser directives as BuildKit reads them', () => {
  it('takes the known directives the file starts with, blanks and line breaks aside', () => {
    assert.deepEqual(directiveTexts('\ufeff# syntax = a \r\n#CHECK=skip=all\n#escape=`\nFROM a'), ['\ufeff# syntax = a ', '#CHECK=skip=all', '#escape=`']);
  });

  it('stops at the first line that is not one: an unknown name, an empty value, a comment', () => {
    assert.deepEqual(directiveTexts('#x=d \n#syntax=a'), []);
    assert.deepEqual(directiveTexts('#syntax=a\n#c=\n#escape=`'), ['#syntax=a']);
    assert.deepEqual(directiveTexts('# note\n#syntax=a'), []);
  });
});
