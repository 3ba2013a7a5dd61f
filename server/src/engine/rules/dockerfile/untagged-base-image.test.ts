import { ruleTester } from '#test/rule-tester';
import rule from './untagged-base-image';

ruleTester.run(rule, {
  valid: [
    'FROM node:20-alpine',
    'FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM scratch',
    'FROM localhost:5000/app:1.2',
    'FROM golang:1.22 AS Build\nFROM build',
    'ARG TAG=20\nFROM node:${TAG}',
    'ARG IMAGE=node:20\nFROM $IMAGE',
    'ARG IMAGE\nFROM $IMAGE',
    'FROM ${IMAGE:-node:20}',
    'FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4 AS xx',
  ],
  invalid: [
    { code: 'FROM «ubuntu»\nRUN true', errors: [{ messageId: 'untagged', data: { image: 'ubuntu' } }], output: null },
    { code: 'FROM «localhost:5000/app»', errors: [{ messageId: 'untagged' }] },
    { code: 'FROM «ghcr.io/org/app» AS app', errors: [{ messageId: 'untagged' }] },
    { code: 'ARG BASE=debian\nFROM «${BASE}»', errors: [{ messageId: 'untaggedAfterArgs', data: { resolved: 'debian' } }] },
    { code: 'FROM «${IMAGE:-alpine}»', errors: [{ messageId: 'untaggedAfterArgs' }] },
    { code: 'FROM alpine:3.20 AS a\nFROM «b»', errors: [{ messageId: 'untagged' }] },
  ],
});
