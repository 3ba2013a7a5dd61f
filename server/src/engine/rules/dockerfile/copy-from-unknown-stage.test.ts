import { ruleTester } from '#test/rule-tester';
import rule from './copy-from-unknown-stage';

const BUILD = 'FROM golang:1.22 AS builder\nRUN go build -o /out/app .\n';

ruleTester.run(rule, {
  valid: [
    BUILD + 'FROM alpine:3.20\nCOPY --from=builder /out/app /app',
    BUILD + 'FROM alpine:3.20\nCOPY --from=Builder /out/app /app',
    BUILD + 'FROM alpine:3.20\nCOPY --from=0 /out/app /app',
    'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/',
    'FROM alpine:3.20\nCOPY --from=ghcr.io/astral-sh/uv /uv /bin/',
    'FROM alpine:3.20\nCOPY --from=busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /bin/busybox /bin/',
    // A later stage is a valid source: BuildKit resolves stages as a graph.
    'FROM alpine:3.20 AS final\nCOPY --from=assets /dist /srv\nFROM node:20 AS assets\nRUN npm run build',
    'FROM alpine:3.20\nCOPY app /app',
  ],
  invalid: [
    {
      code: BUILD + 'FROM alpine:3.20\nCOPY --from=«buildr» /out/app /app',
      errors: [{ messageId: 'unknownStage', data: { ref: 'buildr' } }],
      output: null,
      unsafeOutput: BUILD + 'FROM alpine:3.20\nCOPY --from=builder /out/app /app',
    },
    {
      code: 'FROM alpine:3.20\nCOPY --from=«nginx» /etc/nginx/nginx.conf /etc/nginx/',
      errors: [{ messageId: 'unknownStage', data: { ref: 'nginx' } }],
      unsafeOutput: null,
    },
    {
      code: BUILD + 'FROM alpine:3.20\nCOPY --from=«2» /out/app /app',
      errors: [{ messageId: 'badIndex', data: { index: 2, count: 2 } }],
      unsafeOutput: null,
    },
    {
      code: 'ARG TOOLS=ghcr.io/org/tools:1.2\nFROM alpine:3.20\nCOPY --from=«${TOOLS}» /bin/tool /usr/local/bin/',
      errors: [{ messageId: 'variable' }],
      unsafeOutput: null,
    },
  ],
});
