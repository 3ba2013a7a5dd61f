import { ruleTester } from '#test/rule-tester';
import rule from './latest-base-image';

ruleTester.run(rule, {
  valid: [
    'FROM node:20',
    'FROM node',
    'FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'ARG TAG\nFROM node:$TAG',
    'FROM node:latest-alpine',
  ],
  invalid: [
    { code: 'FROM node:«latest»', errors: [{ messageId: 'latestTag', data: { image: 'node:latest' } }], output: null },
    { code: 'FROM ghcr.io/org/app:«latest» AS app', errors: [{ messageId: 'latestTag' }] },
    { code: 'ARG TAG=latest\nFROM «alpine:${TAG}»', errors: [{ messageId: 'latestTagAfterArgs', data: { resolved: 'alpine:latest' } }] },
  ],
});
