import { ruleTester } from '#test/rule-tester';
import rule from './ignore-pragma';

ruleTester.run(rule, {
  valid: ['FROM debian:12\n# a plain comment\nRUN true', '# syntax=docker/dockerfile:1\n# check=error=true\nFROM debian:12', '# hadolint shell=bash\nFROM debian:12'],
  invalid: [
    {
      code: 'FROM debian:12\n«# hadolint ignore=DL3008»\nRUN apt-get install -y curl',
      errors: [{ messageId: 'ignorePragma', data: { names: '`DL3008`' } }],
      output: null,
    },
    {
      code: '«# hadolint global ignore=DL3008,DL3015»\nFROM debian:12\n«# shipshape ignore=shell-form-cmd signals are forwarded»\nCMD run.sh',
      errors: [{ messageId: 'ignorePragma', data: { names: '`DL3008`, `DL3015`' } }, { messageId: 'ignorePragma' }],
    },
    {
      code: '«# check=skip=all»\nFROM node:20\n«# check=skip=JSONArgsRecommended»\nCMD node server.js',
      errors: [{ messageId: 'ignorePragma', data: { names: 'every BuildKit check' } }, { messageId: 'ignorePragma', data: { names: '`JSONArgsRecommended`' } }],
    },
  ],
});
