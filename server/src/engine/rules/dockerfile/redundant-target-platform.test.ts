import { ruleTester } from '#test/rule-tester';
import rule from './redundant-target-platform';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.20',
    'FROM --platform=$BUILDPLATFORM alpine:3.20',
    'ARG TARGETPLATFORM=linux/arm64\nFROM --platform=$TARGETPLATFORM alpine:3.20',
  ],
  invalid: [
    {
      code: 'FROM «--platform=$TARGETPLATFORM» alpine:3.20 AS base',
      errors: [{ messageId: 'redundant', data: { flag: '--platform=$TARGETPLATFORM' } }],
      output: 'FROM alpine:3.20 AS base',
    },
    {
      code: 'FROM «--platform=${TARGETPLATFORM}»   node:20',
      errors: [{ messageId: 'redundant' }],
      output: 'FROM node:20',
    },
  ],
});
