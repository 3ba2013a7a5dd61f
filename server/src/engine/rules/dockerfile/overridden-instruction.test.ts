import { ruleTester } from '#test/rule-tester';
import rule from './overridden-instruction';

ruleTester.run(rule, {
  valid: [
    'FROM node:20\nENTRYPOINT ["node"]\nCMD ["server.js"]',
    'FROM node:20 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]',
    'FROM node:20\nONBUILD CMD ["a"]\nCMD ["b"]',
  ],
  invalid: [
    {
      code: 'FROM node:20\n«CMD» ["npm", "run", "migrate"]\nCMD ["node", "server.js"]',
      errors: [{ messageId: 'overridden', data: { keyword: 'CMD', line: 3 } }],
      output: null,
      unsafeOutput: 'FROM node:20\nCMD ["node", "server.js"]',
    },
    {
      code: 'FROM alpine:3\n«ENTRYPOINT» ["a"]\n«HEALTHCHECK» --interval=5s \\\n  CMD true\n«ENTRYPOINT» ["b"]\nHEALTHCHECK NONE\nENTRYPOINT ["c"]',
      errors: [{ messageId: 'overridden', data: { keyword: 'ENTRYPOINT', line: 7 } }, { messageId: 'overridden', data: { keyword: 'HEALTHCHECK' } }, { messageId: 'overridden' }],
      unsafeOutput: 'FROM alpine:3\nHEALTHCHECK NONE\nENTRYPOINT ["c"]',
    },
  ],
});
