import { ruleTester } from '#test/rule-tester';
import rule from './deprecated-npm-production-flag';

ruleTester.run(rule, {
  valid: [
    'FROM node:20\nRUN npm ci --omit=dev',
    'FROM node:20\nRUN yarn install --production',
    'FROM node:20\nRUN npm install --production=false',
    'FROM node:20\nRUN npm ci --only=dev',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nRUN npm ci «--only=production»',
      errors: [{ messageId: 'deprecatedFlag', data: { flag: '--only=production' } }],
      output: 'FROM node:20-alpine\nRUN npm ci --omit=dev',
    },
    {
      code: 'FROM node:lts-slim\nRUN npm install «--production» && npm prune «--only prod»',
      errors: [{ messageId: 'deprecatedFlag', data: { flag: '--production' } }, { messageId: 'deprecatedFlag', data: { flag: '--only prod' } }],
      output: 'FROM node:lts-slim\nRUN npm install --omit=dev && npm prune --omit=dev',
    },
    {
      code: 'FROM node:20\nRUN ["npm", "install", «"--only", "production"»]',
      errors: [{ messageId: 'deprecatedFlag', data: { flag: '--only production' } }],
      output: 'FROM node:20\nRUN ["npm", "install", "--omit=dev"]',
    },
    {
      code: 'FROM node:14\nRUN npm ci «--production»',
      errors: [{ messageId: 'deprecatedFlag' }],
      output: null,
      unsafeOutput: 'FROM node:14\nRUN npm ci --omit=dev',
    },
    {
      code: 'FROM example/node-base:1\nRUN npm ci «--production»',
      errors: [{ messageId: 'deprecatedFlag' }],
      output: null,
      unsafeOutput: 'FROM example/node-base:1\nRUN npm ci --omit=dev',
    },
  ],
});
