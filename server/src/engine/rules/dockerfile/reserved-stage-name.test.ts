import { ruleTester } from '#test/rule-tester';
import rule from './reserved-stage-name';

ruleTester.run(rule, {
  valid: ['FROM scratch', 'FROM alpine:3 AS scratchpad', 'FROM alpine:3 AS build-context'],
  invalid: [
    { code: 'FROM alpine:3 AS «scratch»', errors: [{ messageId: 'reserved', data: { name: 'scratch' } }], output: null },
    { code: 'FROM alpine:3 AS «Context»', errors: [{ messageId: 'reserved' }] },
  ],
});
