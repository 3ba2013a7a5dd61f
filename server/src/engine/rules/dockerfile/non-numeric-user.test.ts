import { ruleTester } from '#test/rule-tester';
import rule from './non-numeric-user';

ruleTester.run(rule, {
  valid: [
    'FROM node:20-alpine\nUSER 1000\nCMD ["node", "server.js"]',
    'FROM node:20-alpine\nUSER 1000:app',
    'FROM node:20-alpine\nUSER $APP_UID',
    'FROM node:20-alpine\nUSER root',
    'FROM node:20-alpine\nCMD ["node", "server.js"]',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser',
    // Only the final stage ships.
    'FROM node:20-alpine AS build\nUSER node\nRUN npm ci\nFROM node:20-alpine\nUSER 1000',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nUSER «node»\nCMD ["node", "server.js"]',
      errors: [{ messageId: 'userName', data: { user: 'node', uid: 1000 } }],
      output: 'FROM node:20-alpine\nUSER 1000\nCMD ["node", "server.js"]',
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN groupadd --gid 10001 app \\\n && useradd --uid=10001 --gid app --no-create-home app\nUSER «app:app»',
      errors: [{ messageId: 'userName', data: { user: 'app' } }],
      output: 'FROM debian:bookworm-slim\nRUN groupadd --gid 10001 app \\\n && useradd --uid=10001 --gid app --no-create-home app\nUSER 10001:10001',
    },
    {
      code: 'FROM alpine:3.20\nRUN addgroup -S -g 1001 web && adduser -S -D -H -u 1001 -G web -s /sbin/nologin web\nUSER «web»',
      errors: [{ messageId: 'userName' }],
      output: 'FROM alpine:3.20\nRUN addgroup -S -g 1001 web && adduser -S -D -H -u 1001 -G web -s /sbin/nologin web\nUSER 1001',
    },
    {
      code: 'FROM gcr.io/distroless/static-debian12\nUSER «nonroot:nonroot»',
      errors: [{ messageId: 'userName' }],
      output: 'FROM gcr.io/distroless/static-debian12\nUSER 65532:65532',
    },
    {
      code: 'FROM alpine:3.20\nRUN adduser -S app\nUSER «app»',
      errors: [{ messageId: 'userName' }],
      output: null,
    },
    {
      code: 'FROM alpine:3.20 AS base\nRUN adduser -D -u 2000 svc\nUSER «svc»\nFROM base\nCMD ["/app"]',
      errors: [{ messageId: 'userName' }],
      output: 'FROM alpine:3.20 AS base\nRUN adduser -D -u 2000 svc\nUSER 2000\nFROM base\nCMD ["/app"]',
    },
  ],
});
