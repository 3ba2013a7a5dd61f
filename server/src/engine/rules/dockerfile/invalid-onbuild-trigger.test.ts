import { ruleTester } from '#test/rule-tester';
import rule from './invalid-onbuild-trigger';

ruleTester.run(rule, {
  valid: ['FROM node:20-alpine\nONBUILD COPY . /app\nONBUILD RUN npm ci', 'FROM node:20-alpine\nONBUILD'],
  invalid: [
    { code: 'FROM node:20-alpine\nONBUILD «ONBUILD» RUN npm ci', errors: [{ messageId: 'forbiddenTrigger', data: { trigger: 'ONBUILD' } }], output: null },
    { code: 'FROM node:20-alpine\nonbuild «from» alpine:3.20', errors: [{ messageId: 'forbiddenTrigger', data: { trigger: 'FROM' } }] },
    { code: 'FROM node:20-alpine\nONBUILD «MAINTAINER» me@example.com', errors: [{ messageId: 'forbiddenTrigger', data: { trigger: 'MAINTAINER' } }] },
  ],
});
