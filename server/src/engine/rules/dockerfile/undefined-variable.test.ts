import { ruleTester } from '#test/rule-tester';
import rule from './undefined-variable';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3\nARG A\nCOPY $A /a',
    'FROM alpine:3\nENV A=1\nWORKDIR /x/$A',
    'ARG V=1\nFROM alpine:3\nARG V\nLABEL v=$V',
    'FROM alpine:3\nRUN echo $UNDECLARED',
    'FROM alpine:3\nCMD ["echo", "$UNDECLARED"]',
    'FROM alpine:3\nENV PATH=/app/bin:$PATH',
    'FROM alpine:3\nENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH',
    'FROM alpine:3\nCOPY ${SRC:-.} /app',
    "FROM alpine:3\nENV A='$B'",
    'FROM alpine:3\nENV A=\\$B',
    'FROM node:20\nENV V=$NODE_VERSION',
    'FROM python:3.12\nWORKDIR $APP_HOME',
    'FROM alpine:3 AS base\nENV APP=/app\nFROM base\nWORKDIR $APP',
    'FROM alpine:3\nRUN --mount=type=cache,target=/root/.cache,id=$HTTP_PROXY true',
    'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\nLABEL node=$NODE_VERSION',
    'FROM alpine:3\nCOPY <<EOF /etc/app.conf\nvalue=$NOT_EXPANDED_BY_US\nEOF',
  ],
  invalid: [
    {
      code: 'ARG VERSION=1.0\nFROM alpine:3.20\nLABEL org.opencontainers.image.version=«$VERSION»',
      errors: [{ messageId: 'globalNotRedeclared', data: { name: 'VERSION' } }],
      output: null,
      unsafeOutput: 'ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION',
    },
    {
      code: 'FROM golang:1.22\nCOPY --chown=app bin/app-«${TARGETARCH}» /app',
      errors: [{ messageId: 'platformNotDeclared', data: { name: 'TARGETARCH' } }],
      unsafeOutput: 'FROM golang:1.22\nARG TARGETARCH\nCOPY --chown=app bin/app-${TARGETARCH} /app',
    },
    {
      code: 'FROM node:20\nENV APP_HOME=/app\nWORKDIR «$APP_HOEM»',
      errors: [{ messageId: 'didYouMean', data: { suggestion: 'APP_HOME' } }],
      unsafeOutput: 'FROM node:20\nENV APP_HOME=/app\nWORKDIR $APP_HOME',
    },
    {
      code: 'FROM alpine:3\nENV PATH=«$HOME»/.local/bin:$PATH',
      errors: [{ messageId: 'undefined', data: { name: 'HOME', image: 'alpine:3' } }],
      output: null,
      unsafeOutput: null,
    },
    {
      code: 'FROM scratch\nCOPY «$BINARY» /app\nUSER «${UID}»',
      errors: [{ messageId: 'undefined' }, { messageId: 'undefined' }],
    },
    {
      code: 'FROM debian:12\nARG A\nCOPY --from=«$STAGE» /a /b\nLABEL «$KEY»=1 x=«${Y}»',
      errors: [{ messageId: 'undefined' }, { messageId: 'undefined' }, { messageId: 'undefined' }],
    },
  ],
});
