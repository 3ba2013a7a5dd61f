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
    {
      // An empty tag (`e:`): the FROM left without the flag would parse worse.
      code: 'FROM «--platform=$TARGETPLATFORM» e:',
      errors: [{ messageId: 'redundant' }],
      output: null,
    },
    {
      code: 'ARG BASE=alpine:3.20\nFROM «--platform=$TARGETPLATFORM» ${BASE}',
      errors: [{ messageId: 'redundant' }],
      output: 'ARG BASE=alpine:3.20\nFROM ${BASE}',
    },
    {
      // `:$` is no reference whatever the variable holds, and `$BASE` is declared nowhere: no fix for either.
      code: 'FROM «--platform=$TARGETPLATFORM» :$\nFROM «--platform=$TARGETPLATFORM» $BASE',
      errors: [{ messageId: 'redundant' }, { messageId: 'redundant' }],
      output: null,
    },
    {
      code: 'FROM alpine:3.20 AS base\nFROM «--platform=$TARGETPLATFORM» base',
      errors: [{ messageId: 'redundant' }],
      output: 'FROM alpine:3.20 AS base\nFROM base',
    },
  ],
});
