import { ruleTester } from '#test/rule-tester';
import rule from './invalid-definition-description';

ruleTester.run(rule, {
  valid: [
    '# build compiles the app\nFROM golang:1.22 AS build',
    '# a comment\n\nFROM golang:1.22 AS build',
    '# a comment\nFROM golang:1.22',
    '# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build',
    'FROM alpine:3\n# hadolint ignore=DL3018\nARG VERSION',
    '# VERSION to install\n# (more text)\nARG VERSION=1',
    'FROM alpine:3\n# comment\nRUN true',
  ],
  invalid: [
    {
      code: '«# compile the app»\nFROM golang:1.22 AS build',
      errors: [{ messageId: 'notADescription', data: { keyword: 'FROM', name: 'build' } }],
      output: '# compile the app\n\nFROM golang:1.22 AS build',
    },
    {
      code: 'FROM alpine:3\n  «# pin the version\n  # VERSION_X is not it»\n  ARG VERSION=1',
      errors: [{ messageId: 'notADescription', data: { name: 'VERSION' } }],
      output: 'FROM alpine:3\n  # pin the version\n  # VERSION_X is not it\n\n  ARG VERSION=1',
    },
  ],
});
