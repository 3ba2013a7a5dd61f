import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-npm-package';

ruleTester.run(rule, {
  valid: [
    'FROM node:20\nRUN npm install',
    'FROM node:20\nRUN npm ci --omit=dev',
    'FROM node:20\nRUN npm install -g pnpm@9.1.0 @angular/cli@17.3.0 typescript@~5.4',
    'FROM node:20\nRUN npm install ./vendor/lib /tmp/pkg.tgz https://example.com/pkg-1.0.0.tgz',
    'FROM node:20\nRUN npm install git+https://github.com/org/repo.git#v1.2.0 org/repo#a1b2c3d',
    'FROM node:20\nRUN npm install --registry https://npm.example.com left-pad@1.3.0',
    'FROM node:20\nRUN npm install "$TOOL"',
    'FROM node:20\nRUN yarn add react@18.3.1 && yarn global add serve@14.2.3 && pnpm add zod@3.23.8',
    'FROM node:20\nRUN npm run build -- --prod',
  ],
  invalid: [
    {
      code: 'FROM node:20\nRUN npm install -g «pnpm» «@angular/cli»',
      errors: [{ messageId: 'unpinned', data: { package: 'pnpm' } }, { messageId: 'unpinned', data: { name: '@angular/cli' } }],
      output: null,
    },
    {
      code: 'FROM node:20\nRUN npm i -g «npm@latest»',
      errors: [{ messageId: 'unpinned', data: { name: 'npm' } }],
    },
    {
      code: 'FROM node:20\nRUN yarn global add «serve» && pnpm add «zod» && yarn add «git+https://github.com/org/repo.git»',
      errors: [{ messageId: 'unpinned' }, { messageId: 'unpinned' }, { messageId: 'unpinned' }],
    },
    {
      code: 'FROM node:20\nRUN ["npm", "install", "-g", «"nodemon"»]',
      errors: [{ messageId: 'unpinned', data: { package: 'nodemon' } }],
    },
  ],
});
