import { ruleTester } from '#test/rule-tester';
import rule from './root-final-stage';

ruleTester.run(rule, {
  valid: [
    'FROM node:20-alpine\nUSER node\nCMD ["node", "server.js"]',
    'FROM alpine:3.20\nUSER 10001:10001',
    'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT ["/app"]',
    'FROM cgr.dev/chainguard/node:latest\nCOPY . /app',
    'FROM debian:bookworm-slim AS base\nUSER app\nFROM base\nCMD ["bash"]',
    'FROM debian:bookworm\nRUN apt-get update && apt-get install -y gosu\nENTRYPOINT ["docker-entrypoint.sh"]',
    'FROM ${BASE_IMAGE}\nCMD ["app"]',
    'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER app',
    'FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER app',
    // Found by the fuzzer: a FROM without an image is a syntax error, not a root container.
    'FROM\nRUN <<2',
  ],
  invalid: [
    {
      // Found by the fuzzer: a USER line after an unterminated heredoc would land in its body.
      code: 'FROM «alpine:3.20»\nRUN <<EOF\napk add curl',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:bookworm-slim\nUSER «root»\nCMD ["bash"]',
      errors: [{ messageId: 'explicitRoot', data: { user: 'root' } }],
      output: null,
      unsafeOutput: 'FROM debian:bookworm-slim\nUSER 10001:10001\nCMD ["bash"]',
    },
    {
      code: 'FROM alpine:3.20\nUSER «0:0»',
      errors: [{ messageId: 'explicitRoot' }],
      unsafeOutput: 'FROM alpine:3.20\nUSER 10001:10001',
    },
    {
      code: 'FROM «node:20-alpine»\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]',
      errors: [{ messageId: 'noUser', data: { image: 'node:20-alpine' } }],
      output: null,
      unsafeOutput: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nUSER 1000:1000\nCMD ["node", "server.js"]',
    },
    {
      code: 'FROM «alpine:3.20»\nRUN apk add --no-cache curl\nENTRYPOINT ["curl"]',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nUSER 10001:10001\nENTRYPOINT ["curl"]',
    },
    {
      code: 'FROM «python:3.12-slim»\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput:
        'FROM python:3.12-slim\nCOPY . /app\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --no-create-home --no-log-init app\nUSER 10001:10001\nCMD ["python", "/app/main.py"]',
    },
    {
      code: 'FROM «rockylinux:9»\nRUN dnf install -y nginx',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: 'FROM rockylinux:9\nRUN dnf install -y nginx\nRUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --no-create-home --no-log-init app\nUSER 10001:10001\n',
    },
    {
      code: 'FROM golang:1.22 AS build\nUSER app\nFROM «gcr.io/distroless/static-debian12»\nCOPY --from=build /out/app /app',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: 'FROM golang:1.22 AS build\nUSER app\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nUSER 65532:65532\n',
    },
    {
      code: 'FROM «registry.example.com/team/base:1.2»\r\nCOPY app /app\r\n',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: 'FROM registry.example.com/team/base:1.2\r\nCOPY app /app\r\nUSER 10001:10001\r\n',
    },
  ],
});
