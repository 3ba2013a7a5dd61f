import { ruleTester } from '#test/rule-tester';
import rule from './duplicate-stage-name';

ruleTester.run(rule, {
  valid: ['FROM node:20 AS deps\nFROM node:20 AS build', 'FROM node:20\nFROM node:20', 'FROM alpine:3 AS a\nFROM a AS b'],
  invalid: [
    {
      code: 'FROM node:20 AS build\nRUN npm ci\nFROM node:20 AS «build»',
      errors: [{ messageId: 'duplicate', data: { name: 'build', line: 1 } }],
      output: null,
    },
    { code: 'FROM alpine:3 AS base\nFROM alpine:3 as «Base»\nFROM alpine:3 AS «BASE»', errors: [{ messageId: 'duplicate' }, { messageId: 'duplicate' }] },
  ],
});
