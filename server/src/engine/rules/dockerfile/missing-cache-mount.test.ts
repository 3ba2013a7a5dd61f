import { ruleTester } from '#test/rule-tester';
import rule from './missing-cache-mount';

ruleTester.run(rule, {
  valid: [
    'FROM node:20\nRUN --mount=type=cache,target=/root/.npm npm ci',
    'FROM node:20\nRUN --mount=type=cache,target=/cache,id=npm npm ci --cache /cache',
    'FROM node:20\nRUN npm run build && npm test',
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3',
    'FROM golang:1.22\nRUN go version && go env',
    'FROM maven:3.9-eclipse-temurin-21\nRUN mvn --version',
    'FROM node:20\nSHELL ["pwsh", "-Command"]\nRUN npm ci',
  ],
  invalid: [
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN «npm ci» --omit=dev',
      errors: [{ messageId: 'noCacheMount', data: { command: 'npm ci', tool: 'npm' } }],
      output: null,
      unsafeOutput: 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev',
    },
    {
      code: 'FROM debian:12\nRUN «apt-get update» \\\n    && apt-get install -y --no-install-recommends curl',
      errors: [{ messageId: 'noCacheMount', data: { tool: 'apt-get' } }],
      unsafeOutput:
        'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update \\\n    && apt-get install -y --no-install-recommends curl',
    },
    {
      code: 'FROM golang:1.22\nRUN «go mod» download && CGO_ENABLED=0 go build -o /app ./cmd/app',
      errors: [{ messageId: 'noCacheMount', data: { tool: 'go' } }],
      unsafeOutput: 'FROM golang:1.22\nRUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go mod download && CGO_ENABLED=0 go build -o /app ./cmd/app',
    },
    {
      code: 'FROM python:3.12-slim\nRUN «pip install» --no-cache-dir -r requirements.txt',
      errors: [{ messageId: 'noCacheMount', data: { tool: 'pip' } }],
      unsafeOutput: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
    },
    {
      code: 'FROM alpine:3.19\nRUN «apk add» \\\n    --no-cache \\\n    curl',
      errors: [{ messageId: 'noCacheMount', data: { tool: 'apk' } }],
      unsafeOutput: 'FROM alpine:3.19\nRUN --mount=type=cache,target=/var/cache/apk apk add \\\n    curl',
    },
    {
      code: 'FROM alpine:3.19\nRUN «apk add» --no-cache curl',
      errors: [{ messageId: 'noCacheMount' }],
      unsafeOutput: 'FROM alpine:3.19\nRUN --mount=type=cache,target=/var/cache/apk apk add curl',
    },
    {
      code: 'FROM rust:1.79\nWORKDIR /src\nCOPY . .\nRUN «cargo build» --release',
      errors: [{ messageId: 'noCacheMount', data: { tool: 'cargo' } }],
      unsafeOutput:
        'FROM rust:1.79\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/usr/local/cargo/git/db cargo build --release',
    },
    {
      code: 'FROM eclipse-temurin:21\nENV GRADLE_USER_HOME=/cache/gradle\nRUN «./gradlew» build -x test',
      errors: [{ messageId: 'noCacheMount', data: { tool: 'gradle' } }],
      unsafeOutput: 'FROM eclipse-temurin:21\nENV GRADLE_USER_HOME=/cache/gradle\nRUN --mount=type=cache,target=/cache/gradle ./gradlew build -x test',
    },
    {
      code: 'ARG GO_VERSION=1.22\nFROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine\nRUN «go install» golang.org/x/tools/cmd/goimports@v0.24.0',
      errors: [{ messageId: 'noCacheMount' }],
      unsafeOutput:
        'ARG GO_VERSION=1.22\nFROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine\nRUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go install golang.org/x/tools/cmd/goimports@v0.24.0',
    },
    {
      // A non-root user keeps its caches elsewhere: advice, but no fix.
      code: 'FROM node:20\nUSER node\nRUN «yarn install» --frozen-lockfile',
      errors: [{ messageId: 'noCacheMount', data: { tool: 'yarn' } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM maven:3.9-eclipse-temurin-21\nRUN [«"mvn"», "package"]',
      errors: [{ messageId: 'noCacheMount', data: { tool: 'maven' } }],
      unsafeOutput: 'FROM maven:3.9-eclipse-temurin-21\nRUN --mount=type=cache,target=/root/.m2 ["mvn", "package"]',
    },
  ],
});
