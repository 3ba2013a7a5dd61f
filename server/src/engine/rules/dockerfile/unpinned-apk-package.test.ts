import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-apk-package';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.19\nRUN apk add --no-cache curl=8.5.0-r0 "git~2.43" \'python3>3.11\'',
    'FROM alpine:3.19\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20231014-r0',
    'FROM alpine:3.19\nRUN apk add -t .deps -X https://dl-cdn.alpinelinux.org/alpine/edge/testing tool=1.0-r0',
    'FROM alpine:3.19\nRUN apk add --allow-untrusted /tmp/tool-1.0.apk $EXTRA',
    'FROM alpine:3.19\nRUN apk del curl && apk update',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.19\nRUN apk add --no-cache «curl» ca-certificates=20240226-r0 «git»',
      errors: [{ messageId: 'unpinned', data: { package: 'curl', pinned: 'curl=<version>' } }, { messageId: 'unpinned', data: { package: 'git' } }],
      output: null,
    },
    {
      code: 'FROM alpine:3.19\nRUN set -eux; \\\n    apk add --no-cache --virtual .build-deps \\\n        «gcc» \\\n        «musl-dev»',
      errors: [{ messageId: 'unpinned' }, { messageId: 'unpinned', data: { package: 'musl-dev' } }],
    },
  ],
});
