import { ruleTester } from '#test/rule-tester';
import rule from './cleanup-in-later-layer';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    // The second RUN downloads its own lists and removes them: nothing late about it.
    'FROM debian:12\nRUN apt-get update\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    // Nothing in this file created the lists: they come from the base image, if at all.
    'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/*',
    // Debian images delete downloaded packages after each install; `apt-get clean` later removes nothing.
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get clean',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\nRUN rm -rf /root/.cache',
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\nRUN pip cache purge',
    'FROM debian:12\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt && rm /tmp/tool.tgz',
    'FROM debian:12\nRUN rm -rf /tmp/build\nCOPY build /tmp/build',
    'FROM debian:12 AS build\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\nFROM debian:12\nCOPY --from=build /out /out',
    'FROM alpine:3.19\nRUN apk add --no-cache curl\nRUN rm -rf /var/cache/apk/*',
    'FROM debian:12\nRUN apt-get update\nSHELL ["pwsh", "-Command"]\nRUN rm -rf /var/lib/apt/lists/*',
    // Small files copied in and tidied away later are not worth a finding; archives and trees are.
    'FROM debian:12\nWORKDIR /usr/src/app\nCOPY patches/fix.patch ./.patches/\nRUN patch -p1 < .patches/fix.patch && rm -rf .patches',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf «/var/lib/apt/lists/*»',
      errors: [{ messageId: 'cleanupTooLate', data: { what: 'the apt package lists', line: 2 } }],
      output: null,
      unsafeOutput: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n\nRUN apt-get install -y git \\\n    && rm -rf «/var/lib/apt/lists»',
      errors: [{ messageId: 'cleanupTooLate' }],
      unsafeOutput: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get install -y git \\\n    && rm -rf /var/lib/apt/lists',
    },
    {
      // Something else between the two RUNs: no merge.
      code: 'FROM debian:12\nRUN apt-get update\nENV LANG=C.UTF-8\nRUN apt-get install -y curl && rm -rf «/var/lib/apt/lists/*»',
      errors: [{ messageId: 'cleanupTooLate' }],
      unsafeOutput: null,
    },
    {
      // `;` in the clean-up RUN: `&&` would change what runs when the first RUN fails.
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl; rm -rf «/var/lib/apt/lists/*»',
      errors: [{ messageId: 'cleanupTooLate' }],
      unsafeOutput: null,
    },
    {
      code: 'FROM centos:7\nRUN yum install -y httpd\nRUN «yum clean all»',
      errors: [{ messageId: 'cleanupTooLate', data: { cleanup: 'yum clean all', what: 'the yum/dnf cache' } }],
      unsafeOutput: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    },
    {
      code: 'FROM ubuntu-custom:1\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN sudo «apt-get clean»',
      errors: [{ messageId: 'cleanupTooLate', data: { what: "apt's downloaded packages" } }],
    },
    {
      code: 'FROM node:20\nRUN npm install -g pnpm@9.1.0\nRUN «npm cache clean --force»',
      errors: [{ messageId: 'cleanupTooLate', data: { what: 'the npm cache' } }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3\nWORKDIR /app\nRUN rm -rf «~/.cache»',
      errors: [{ messageId: 'cleanupTooLate', data: { what: 'the pip cache' } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:12\nADD https://example.com/tool.tar.gz /tmp/\nRUN tar -xzf /tmp/tool.tar.gz -C /opt && rm «/tmp/tool.tar.gz»',
      errors: [{ messageId: 'cleanupTooLate', data: { what: '`/tmp/tool.tar.gz`', line: 2 } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:12\nCOPY vendor/tool_1.0_amd64.deb /tmp/\nRUN apt-get install -y /tmp/tool_1.0_amd64.deb && rm «/tmp/tool_1.0_amd64.deb»',
      errors: [{ messageId: 'cleanupTooLate', data: { what: '`/tmp/tool_1.0_amd64.deb`' } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nRUN rm -rf «/app»',
      errors: [{ messageId: 'cleanupTooLate', data: { what: '`/app`' } }],
    },
    {
      code: 'FROM debian:12\nWORKDIR /src\nRUN wget https://example.com/app-1.0.tar.gz\nRUN cd /src && rm «app-*.tar.gz»',
      errors: [{ messageId: 'cleanupTooLate', data: { what: '`/src/app-1.0.tar.gz`' } }],
      unsafeOutput: 'FROM debian:12\nWORKDIR /src\nRUN wget https://example.com/app-1.0.tar.gz && cd /src && rm app-*.tar.gz',
    },
    {
      code: 'FROM debian:12 AS base\nRUN apt-get update\nFROM base\nRUN rm -rf «/var/lib/apt/lists/*»',
      errors: [{ messageId: 'cleanupTooLate' }],
      unsafeOutput: null,
    },
  ],
});
