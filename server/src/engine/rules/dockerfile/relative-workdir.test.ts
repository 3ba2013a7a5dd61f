import { ruleTester } from '#test/rule-tester';
import rule from './relative-workdir';

ruleTester.run(rule, {
  valid: [
    'FROM node:20-alpine\nWORKDIR /app',
    'FROM node:20-alpine\nWORKDIR "/srv/my-app"',
    'FROM node:20-alpine\nWORKDIR $HOME/app',
    'FROM node:20-alpine\nWORKDIR ${APP_DIR}',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app',
    'FROM node:20-alpine\nWORKDIR $HOME\nWORKDIR app',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nWORKDIR «app»\nCOPY . .',
      errors: [{ messageId: 'relativeToBase', data: { path: 'app' } }],
      output: null,
      unsafeOutput: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .',
    },
    {
      code: 'FROM node:20-alpine\nWORKDIR /srv\nWORKDIR «app»',
      errors: [{ messageId: 'resolvable', data: { absolute: '/srv/app' } }],
      output: 'FROM node:20-alpine\nWORKDIR /srv\nWORKDIR /srv/app',
    },
    {
      code: 'FROM node:20-alpine AS base\nWORKDIR /srv/\nFROM base\nWORKDIR «"./web/../api"»',
      errors: [{ messageId: 'resolvable', data: { absolute: '/srv/api' } }],
      output: 'FROM node:20-alpine AS base\nWORKDIR /srv/\nFROM base\nWORKDIR "/srv/api"',
    },
    {
      code: 'FROM node:20-alpine\nWORKDIR «usr/src»\nWORKDIR «app»',
      errors: [{ messageId: 'relativeToBase' }, { messageId: 'relativeToBase' }],
      output: null,
      unsafeOutput: 'FROM node:20-alpine\nWORKDIR /usr/src\nWORKDIR /usr/src/app',
    },
    {
      code: 'FROM scratch\nWORKDIR «app»',
      errors: [{ messageId: 'resolvable', data: { absolute: '/app' } }],
      output: 'FROM scratch\nWORKDIR /app',
    },
  ],
});
