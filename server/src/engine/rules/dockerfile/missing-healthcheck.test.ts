import { ruleTester } from '#test/rule-tester';
import rule from './missing-healthcheck';

ruleTester.run(rule, {
  valid: ['FROM alpine:3\nHEALTHCHECK CMD true', 'FROM alpine:3 AS a\nHEALTHCHECK NONE\nFROM a', ''],
  invalid: [
    { code: 'FROM «nginx:1.27»', errors: [{ messageId: 'missing' }], output: null },
    { code: 'FROM alpine:3 AS a\nHEALTHCHECK CMD true\nFROM «alpine:3»\nCOPY --from=a / /', errors: [{ messageId: 'missing' }] },
  ],
});
