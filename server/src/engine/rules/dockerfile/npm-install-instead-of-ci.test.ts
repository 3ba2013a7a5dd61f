import { ruleTester } from '#test/rule-tester';
import rule from './npm-install-instead-of-ci';

ruleTester.run(rule, {
  valid: [
    'FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm ci',
    'FROM node:20\nCOPY package.json ./\nRUN npm install',
    'FROM node:20\nCOPY . .\nRUN npm install',
    'FROM node:20\nCOPY package*.json ./\nRUN npm install -g pnpm@9.1.0',
    'FROM node:20\nCOPY package*.json ./\nRUN npm install --no-package-lock',
    'FROM node:20\nRUN npm install\nCOPY package-lock.json ./',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm «install»',
      errors: [{ messageId: 'installWithLockfile', data: { line: 3 } }],
      output: null,
      unsafeOutput: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci',
    },
    {
      code: 'FROM node:20 AS deps\nCOPY package*.json ./\nFROM deps\nRUN npm «i» --omit=dev && npm cache clean --force',
      errors: [{ messageId: 'installWithLockfile', data: { line: 2 } }],
      unsafeOutput: 'FROM node:20 AS deps\nCOPY package*.json ./\nFROM deps\nRUN npm ci --omit=dev && npm cache clean --force',
    },
  ],
});
