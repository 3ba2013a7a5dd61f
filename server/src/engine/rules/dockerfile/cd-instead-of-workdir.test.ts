import { ruleTester } from '#test/rule-tester';
import rule from './cd-instead-of-workdir';

ruleTester.run(rule, {
  valid: [
    'FROM node:20-alpine\nWORKDIR /app\nRUN npm ci',
    'FROM golang:1.22\nRUN (cd /src/tools && go build -o /usr/local/bin/gen .)',
    'FROM debian:12\nRUN export SRC="$(cd "$(dirname "$0")" && pwd)"',
    'FROM debian:12\nRUN cd /usr/src/tool && make install && cd / && rm -rf /usr/src/tool',
    'FROM debian:12\nRUN tmp="$(mktemp -d)" && cd "$(mktemp -d)" && curl -fsSLO https://example.com/x.tgz',
    'FROM debian:12\nRUN tempDir="$(mktemp -d)"; cd "$tempDir"; make',
    'FROM debian:12\nRUN tar -xf "node-v$V.tar.xz" && cd "node-v$V" && make install && cd .. && rm -Rf "node-v$V"',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN cd C:\\tools; .\\install.ps1',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nCOPY . /app\nRUN «cd /app» && npm ci',
      errors: [{ messageId: 'cdInRun', data: { dir: '/app' } }],
      output: null,
      unsafeOutput: 'FROM node:20-alpine\nCOPY . /app\nWORKDIR /app\nRUN npm ci',
    },
    {
      code: 'FROM node:20-alpine\nRUN npm ci && «cd dist» && node build.js',
      errors: [{ messageId: 'cdInRun', data: { dir: 'dist' } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:12\nRUN «cd /opt/app» \\\n    && ./configure \\\n    && make',
      errors: [{ messageId: 'cdInRun' }],
      unsafeOutput: 'FROM debian:12\nWORKDIR /opt/app\nRUN ./configure \\\n    && make',
    },
    {
      code: 'FROM debian:12\nRUN «cd /opt/a»; make && «cd /opt/b» && make',
      errors: [{ messageId: 'cdInRun' }, { messageId: 'cdInRun' }],
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:12\nONBUILD RUN «cd /app» && make',
      errors: [{ messageId: 'cdInRun' }],
      unsafeOutput: null,
    },
  ],
});
