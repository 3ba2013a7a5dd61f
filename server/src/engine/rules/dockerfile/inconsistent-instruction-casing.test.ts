import { ruleTester } from '#test/rule-tester';
import rule from './inconsistent-instruction-casing';

ruleTester.run(rule, {
  valid: ['FROM alpine:3\nRUN true', 'from alpine:3\nrun true\nonbuild run true', 'FROM alpine:3\nRUNN true'],
  invalid: [
    {
      code: 'FROM alpine:3\n«run» true\nCMD ["sh"]',
      errors: [{ messageId: 'inconsistent', data: { expected: 'RUN', casing: 'upper case' } }],
      output: 'FROM alpine:3\nRUN true\nCMD ["sh"]',
    },
    {
      code: 'from alpine:3\n«Run» true\n«COPY» a b\nworkdir /x',
      errors: [{ messageId: 'inconsistent', data: { expected: 'run' } }, { messageId: 'inconsistent', data: { expected: 'copy' } }],
      output: 'from alpine:3\nrun true\ncopy a b\nworkdir /x',
    },
    {
      code: 'FROM alpine:3\nONBUILD «run» true',
      errors: [{ messageId: 'inconsistent' }],
      output: 'FROM alpine:3\nONBUILD RUN true',
    },
    { code: '«from» alpine:3\nRUN true', errors: [{ messageId: 'inconsistent', data: { expected: 'FROM' } }], output: 'FROM alpine:3\nRUN true' },
  ],
});
