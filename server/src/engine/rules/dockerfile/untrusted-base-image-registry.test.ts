import { ruleTester } from '#test/rule-tester';
import rule from './untrusted-base-image-registry';

const corporate = { trustedRegistries: ['registry.example.com', '*.internal.example.com'] };

ruleTester.run(rule, {
  valid: [
    'FROM node:20-alpine',
    'FROM docker.io/library/node:20',
    { code: 'FROM registry.example.com/base/node:20', options: corporate },
    { code: 'FROM eu.internal.example.com/node:20', options: corporate },
    { code: 'FROM node:20', options: { trustedRegistries: ['hub.docker.com'] } },
    { code: 'FROM registry.example.com/go:1 AS build\nFROM build\nFROM scratch', options: corporate },
    { code: 'ARG REGISTRY\nFROM $REGISTRY/node:20', options: corporate },
  ],
  invalid: [
    { code: 'FROM «quay.io»/org/app:1', errors: [{ messageId: 'untrusted', data: { registry: 'quay.io' } }], output: null },
    { code: 'FROM «node:20»', options: corporate, errors: [{ messageId: 'untrusted', data: { registry: 'docker.io' } }] },
    { code: 'ARG REGISTRY=ghcr.io\nFROM «${REGISTRY}/org/app:1»', options: corporate, errors: [{ messageId: 'untrusted', data: { registry: 'ghcr.io' } }] },
    { code: 'FROM «internal.example.com»/node:20', options: corporate, errors: [{ messageId: 'untrusted' }] },
  ],
});
