import { ruleTester } from '#test/rule-tester';
import rule from './relative-copy-destination';

ruleTester.run(rule, {
  valid: [
    // BuildKit joins the next line to `\\ \` (dockerfile-ast reads it as the body): the destination is not the word we see.
    'FROM node:20-alpine\nCOPY <<t \\ \\\n\tapp',
    // A here-document body of escaped blanks and continuations holds no destination (the marker is the last word).
    'FROM node:20-alpine\nCOPY <<t\n\\ \\\n \\',
    'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .',
    'FROM node:20-alpine\nCOPY package.json /app/',
    'FROM node:20-alpine\nCOPY package.json $APP_HOME/',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app.exe C:\\app\\',
    'FROM node:20-alpine AS base\nWORKDIR /app\nFROM base AS build\nCOPY . .',
    'FROM node:20-alpine AS base\nWORKDIR /app\nFROM base AS deps\nFROM deps\nCOPY . .',
    'FROM scratch\nCOPY --from=build /out/app app',
    'ARG VARIANT=alpine\nFROM base-${VARIANT}\nCOPY . .',
    '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY hello.txt C:',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nCOPY package.json «.»\nRUN npm ci',
      errors: [{ messageId: 'noWorkdir', data: { dest: '.' } }],
      output: null,
      unsafeOutput: 'FROM node:20-alpine\nCOPY package.json /\nRUN npm ci',
    },
    {
      code: 'FROM node:20-alpine\nADD src «app/src/»\nWORKDIR /app',
      errors: [{ messageId: 'noWorkdir' }],
      unsafeOutput: 'FROM node:20-alpine\nADD src /app/src/\nWORKDIR /app',
    },
    {
      code: 'FROM node:20-alpine\nCOPY ["my file", «"./data/"»]',
      errors: [{ messageId: 'noWorkdir' }],
      unsafeOutput: 'FROM node:20-alpine\nCOPY ["my file", "/data/"]',
    },
    {
      // The WORKDIR of another, unrelated stage does not count.
      code: 'FROM node:20-alpine AS build\nWORKDIR /app\nFROM nginx:1.27\nCOPY --from=build /app/dist «html/»',
      errors: [{ messageId: 'noWorkdir' }],
      unsafeOutput: 'FROM node:20-alpine AS build\nWORKDIR /app\nFROM nginx:1.27\nCOPY --from=build /app/dist /html/',
    },
  ],
});
