import { ruleTester } from '#test/rule-tester';
import rule from './yarn-cache-not-cleaned';

ruleTester.run(rule, {
  valid: [
    'FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean',
    'FROM node:20\nRUN yarn && rm -rf /usr/local/share/.cache/yarn',
    'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install',
    'FROM node:20\nRUN yarn build && yarn test',
    'FROM node:20\nRUN yarn --version && yarn -v',
    'FROM node:20 AS deps\nRUN yarn install --frozen-lockfile\nFROM node:20-slim\nCOPY --from=deps /app/node_modules ./node_modules',
  ],
  invalid: [
    {
      // An unclosed quote would take in the added command.
      code: 'FROM node:20\nRUN «yarn install ["a»',
      errors: [{ messageId: 'yarnCache' }],
      output: null,
      unsafeOutput: null,
    },
    {
      code: 'FROM node:20\nRUN «yarn install --frozen-lockfile»',
      errors: [{ messageId: 'yarnCache', data: { command: 'yarn install --frozen-lockfile' } }],
      output: null,
      unsafeOutput: 'FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean',
    },
    {
      code: 'FROM node:20\nRUN «yarn global add serve@14.2.3» && yarn --production && chown -R node /app',
      errors: [{ messageId: 'yarnCache' }],
      unsafeOutput: 'FROM node:20\nRUN yarn global add serve@14.2.3 && yarn --production && yarn cache clean && chown -R node /app',
    },
    {
      code: 'FROM node:20\nRUN «yarn install» | tee /tmp/log',
      errors: [{ messageId: 'yarnCache' }],
      unsafeOutput: null,
    },
  ],
});
