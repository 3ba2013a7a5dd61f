import { ruleTester } from '#test/rule-tester';
import rule from './instruction-before-from';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.20\nRUN true',
    '# syntax=docker/dockerfile:1\n# a comment\nARG A=1\nARG B\nFROM alpine:${A}',
    '',
    'ARG VERSION=1',
  ],
  invalid: [
    { code: '«ENV» A=1\nFROM alpine:3.20', errors: [{ messageId: 'beforeFrom', data: { keyword: 'ENV' } }], output: null },
    { code: 'ARG X\n«label» a=b\n«RUN» true\nFROM alpine:3.20\nRUN true', errors: [{ messageId: 'beforeFrom' }, { messageId: 'beforeFrom' }] },
    { code: '«RUN» apk add curl\nCMD ["sh"]', errors: [{ messageId: 'noFrom' }] },
  ],
});
