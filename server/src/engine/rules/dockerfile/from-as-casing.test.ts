import { ruleTester } from '#test/rule-tester';
import rule from './from-as-casing';

ruleTester.run(rule, {
  valid: ['FROM node:20 AS build', 'from node:20 as build', 'From node:20 as build', 'FROM node:20'],
  invalid: [
    { code: 'FROM node:20 «as» build', errors: [{ messageId: 'mismatch', data: { expected: 'AS' } }], output: 'FROM node:20 AS build' },
    { code: 'from node:20 «As» build', errors: [{ messageId: 'mismatch', data: { expected: 'as' } }], output: 'from node:20 as build' },
    { code: 'FROM --platform=$BUILDPLATFORM node:20 «aS» build', errors: [{ messageId: 'mismatch' }], output: 'FROM --platform=$BUILDPLATFORM node:20 AS build' },
  ],
});
