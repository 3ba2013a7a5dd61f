import { ruleTester } from '#test/rule-tester';
import rule from './label-schema';

const schema = {
  labelSchema: {
    'org.opencontainers.image.source': 'url',
    'org.opencontainers.image.revision': 'hash',
    'org.opencontainers.image.version': 'semver',
    maintainer: 'email',
    'org.opencontainers.image.created': 'rfc3339',
    'org.opencontainers.image.licenses': 'spdx',
    'com.example.team': 'text',
  },
};
const GOOD_LABELS =
  'LABEL org.opencontainers.image.source="https://github.com/org/app" \\\n' +
  '      org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567 \\\n' +
  '      org.opencontainers.image.version=1.4.2 maintainer=team@example.com \\\n' +
  '      org.opencontainers.image.created=2024-05-01T12:00:00+02:00 \\\n' +
  '      org.opencontainers.image.licenses="MIT OR Apache-2.0" com.example.team=core';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z" org.opencontainers.image.licenses="Apache-2.0"',
    'FROM alpine:3.20\nLABEL version=whatever',
    { code: 'FROM alpine:3.20\n' + GOOD_LABELS, options: schema },
    { code: 'FROM alpine:3.20\n' + GOOD_LABELS + ' extra=1', options: schema },
    // Labels carry over from the stage an image is built on; build stages used as COPY sources need none.
    { code: 'FROM alpine:3.20 AS base\n' + GOOD_LABELS + '\nFROM golang:1.22 AS build\nFROM base\nCOPY --from=build /out/app /app', options: schema },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=$GIT_SHA', options: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } } },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=«"yesterday"» org.opencontainers.image.licenses=«"Apache 2"»',
      errors: [
        { messageId: 'badFormat', data: { key: 'org.opencontainers.image.created', value: 'yesterday' } },
        { messageId: 'badFormat', data: { key: 'org.opencontainers.image.licenses' } },
      ],
      output: null,
    },
    {
      code: 'FROM «alpine:3.20»\nLABEL maintainer=«team» org.opencontainers.image.revision=«main» org.opencontainers.image.version=«v1»',
      options: { labelSchema: { maintainer: 'email', 'org.opencontainers.image.revision': 'hash', 'org.opencontainers.image.version': 'semver', 'com.example.team': 'text' } },
      errors: [
        { messageId: 'missing', data: { labels: '`com.example.team`' } },
        { messageId: 'badFormat', data: { key: 'maintainer' } },
        { messageId: 'badFormat', data: { key: 'org.opencontainers.image.revision' } },
        { messageId: 'badFormat', data: { key: 'org.opencontainers.image.version' } },
      ],
    },
    {
      code: 'FROM alpine:3.20\nLABEL com.example.team=«""» «extra»=1',
      options: { labelSchema: { 'com.example.team': 'text' }, strictLabels: true },
      errors: [{ messageId: 'empty', data: { key: 'com.example.team' } }, { messageId: 'superfluous', data: { key: 'extra' } }],
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM «alpine:3.20» AS dev\nFROM «alpine:3.20»\nCOPY --from=build /out/app /app',
      options: { labelSchema: { 'com.example.team': 'text' } },
      errors: [{ messageId: 'missing' }, { messageId: 'missing' }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=«2024-02-30T10:00:00Z»',
      errors: [{ messageId: 'badFormat' }],
    },
  ],
});
