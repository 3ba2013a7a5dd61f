import { ruleTester } from '#test/rule-tester';
import rule from './unknown-rule-in-pragma';

ruleTester.run(rule, {
  valid: [
    '# shipshape ignore=shell-form-cmd the wrapper forwards signals\nFROM node:20\nCMD node server.js',
    'FROM debian:12\n# hadolint ignore=DL3008,SC2086\nRUN apt-get install -y curl',
    '# hadolint global ignore=dl3025\nFROM node:20',
    '# check=skip=JSONArgsRecommended,shell-form-cmd;error=true\nFROM node:20',
    '# check=skip=all\nFROM node:20',
    'FROM node:20\n# check=skip=StageNameCasing generated stage names\nRUN true',
    'FROM node:20\n# a comment that mentions ignore=nothing\nRUN true',
  ],
  invalid: [
    {
      code: 'FROM node:20\n# shipshape ignore=«shell-form-cmdd» legacy entrypoint\nCMD node server.js',
      errors: [{ messageId: 'unknownRule', data: { name: 'shell-form-cmdd' } }],
      output: null,
      unsafeOutput: 'FROM node:20\n# shipshape ignore=shell-form-cmd legacy entrypoint\nCMD node server.js',
    },
    {
      code: '# check=skip=«jsonargsrecommended»\nFROM node:20\nCMD node server.js',
      errors: [{ messageId: 'checkNameCasing', data: { expected: 'JSONArgsRecommended' } }],
      output: '# check=skip=JSONArgsRecommended\nFROM node:20\nCMD node server.js',
    },
    {
      code: 'FROM node:20\n# check=skip=«stagenamecasing» generated\nRUN true',
      errors: [{ messageId: 'checkNameCasing' }],
      output: 'FROM node:20\n# check=skip=StageNameCasing generated\nRUN true',
    },
    {
      code: 'FROM debian:12\n# hadolint ignore=DL3008, «totally-unknown»\nRUN true',
      errors: [{ messageId: 'unknownRule' }],
      output: null,
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:12\n«# shipshape ignore=»\nRUN true',
      errors: [{ messageId: 'noRuleNamed' }],
      output: null,
    },
  ],
});
