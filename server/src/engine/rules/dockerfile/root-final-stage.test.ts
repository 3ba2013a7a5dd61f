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
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm-slim\nUSER «root»\nCMD ["bash"]',
      errors: [{ messageId: 'explicitRoot', data: { user: 'root' } }],
      output: null,
      unsafeOutput: 'FROM debian:bookworm-slim\nUSER app\nCMD ["bash"]',
    },
    {
      code: 'FROM alpine:3.20\nUSER «0:0»',
      errors: [{ messageId: 'explicitRoot' }],
      unsafeOutput: 'FROM alpine:3.20\nUSER app',
    },
    {
      code: 'FROM «node:20-alpine»\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]',
      errors: [{ messageId: 'noUser', data: { image: 'node:20-alpine' } }],
      output: null,
      unsafeOutput: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]',
    },
    {
      code: 'FROM «alpine:3.20»\nRUN apk add --no-cache curl\nENTRYPOINT ["curl"]',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN addgroup -S app && adduser -S -G app app\nUSER app\nENTRYPOINT ["curl"]',
    },
    {
      code: 'FROM «python:3.12-slim»\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput:
        'FROM python:3.12-slim\nCOPY . /app\nRUN groupadd --system app && useradd --system --gid app --no-create-home app\nUSER app\nCMD ["python", "/app/main.py"]',
    },
    {
      code: 'FROM «rockylinux:9»\nRUN dnf install -y nginx',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: 'FROM rockylinux:9\nRUN dnf install -y nginx\nRUN groupadd --system app && useradd --system --gid app --no-create-home app\nUSER app\n',
    },
    {
      code: 'FROM golang:1.22 AS build\nUSER app\nFROM «gcr.io/distroless/static-debian12»\nCOPY --from=build /out/app /app',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: 'FROM golang:1.22 AS build\nUSER app\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nUSER nonroot:nonroot\n',
    },
    {
      code: 'FROM «registry.example.com/team/base:1.2»\r\nCOPY app /app\r\n',
      errors: [{ messageId: 'noUser' }],
      unsafeOutput: 'FROM registry.example.com/team/base:1.2\r\nCOPY app /app\r\nUSER 10001:10001\r\n',
    },
  ],
});
