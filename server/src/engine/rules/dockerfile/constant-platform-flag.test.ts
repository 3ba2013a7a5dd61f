import { ruleTester } from '#test/rule-tester';
import rule from './constant-platform-flag';

ruleTester.run(rule, {
  valid: [
    'FROM node:20',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3',
    'FROM --platform=linux/arm64 alpine:3 AS base-arm64',
    'FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022 AS windows',
  ],
  invalid: [
    { code: 'FROM «--platform=linux/amd64» node:20', errors: [{ messageId: 'constantPlatform', data: { platform: 'linux/amd64' } }], output: null },
    { code: 'FROM «--platform=linux/arm64/v8» alpine:3 AS build', errors: [{ messageId: 'constantPlatform' }] },
  ],
});
