import { ruleTester } from '#test/rule-tester';
import rule from './invalid-default-arg-in-from';

ruleTester.run(rule, {
  valid: [
    'ARG TAG=1.36\nFROM busybox:${TAG}',
    'ARG VARIANT\nFROM busybox:1.36${VARIANT}',
    'ARG REGISTRY\nFROM ${REGISTRY:-docker.io}/library/alpine:3',
    'FROM node:$UNDECLARED',
    'ARG IMAGE=alpine:3.20\nFROM $IMAGE',
    'FROM --platform=$BUILDPLATFORM alpine:3',
    'ARG PREFIX=\nFROM ${PREFIX}alpine:3',
  ],
  invalid: [
    { code: 'ARG TAG\nFROM «busybox:${TAG}»', errors: [{ messageId: 'invalidDefault', data: { resolved: 'busybox:', names: 'TAG=…' } }], output: null },
    { code: 'ARG IMAGE\nFROM «$IMAGE» AS base', errors: [{ messageId: 'invalidDefault', data: { resolved: '(empty)' } }] },
    { code: 'ARG REGISTRY\nARG TAG=1\nFROM «${REGISTRY}/app:${TAG}»', errors: [{ messageId: 'invalidDefault', data: { resolved: '/app:1' } }] },
  ],
});
