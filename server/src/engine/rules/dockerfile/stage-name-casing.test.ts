import { ruleTester } from '#test/rule-tester';
import rule from './stage-name-casing';

ruleTester.run(rule, {
  valid: ['FROM alpine:3 AS build-env_1.0', 'FROM alpine:3', 'FROM Alpine:3 AS base'],
  invalid: [
    {
      code: 'FROM golang:1.22 AS «Build»\nRUN --mount=type=cache,from=Build,target=/x go build\nFROM Build AS test\nFROM alpine:3\nCOPY --from=BUILD /app /app',
      errors: [{ messageId: 'notLowercase', data: { name: 'Build', lower: 'build' } }],
      output: 'FROM golang:1.22 AS build\nRUN --mount=type=cache,from=Build,target=/x go build\nFROM build AS test\nFROM alpine:3\nCOPY --from=build /app /app',
    },
    {
      code: 'FROM alpine:3 as «BASE»\nFROM base\nRUN --mount=type=bind,from=Base,target=/src true',
      errors: [{ messageId: 'notLowercase' }],
      output: 'FROM alpine:3 as base\nFROM base\nRUN --mount=type=bind,from=base,target=/src true',
    },
  ],
});
