import { ruleTester } from '#test/rule-tester';
import rule from './undefined-arg-in-from';

ruleTester.run(rule, {
  valid: [
    'ARG TAG=20\nFROM node:$TAG',
    'ARG TAG\nFROM node:${TAG}',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    'FROM node:${TAG:-20}',
    'ARG BASE=alpine\nFROM $BASE AS a\nFROM a',
  ],
  invalid: [
    { code: 'FROM node:«$NODE_VERSION»', errors: [{ messageId: 'undeclared', data: { name: 'NODE_VERSION' } }], output: null, unsafeOutput: null },
    {
      code: 'ARG NODE_VERSION=20\nFROM node:«${NODE_VERION}»-alpine',
      errors: [{ messageId: 'undeclaredDidYouMean', data: { suggestion: 'NODE_VERSION' } }],
      output: null,
      unsafeOutput: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine',
    },
    {
      code: 'FROM --platform=«$BUILDPLATFROM» golang:1.22',
      errors: [{ messageId: 'undeclaredDidYouMean', data: { suggestion: 'BUILDPLATFORM' } }],
      unsafeOutput: 'FROM --platform=$BUILDPLATFORM golang:1.22',
    },
    { code: 'FROM alpine:3 AS a\nARG TAG=1\nFROM node:«$TAG»', errors: [{ messageId: 'undeclared' }] },
  ],
});
