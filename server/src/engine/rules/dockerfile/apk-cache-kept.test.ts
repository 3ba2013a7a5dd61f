import { ruleTester } from '#test/rule-tester';
import rule from './apk-cache-kept';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.19\nRUN apk add --no-cache curl',
    'FROM alpine:3.19\nRUN apk --no-cache add curl',
    'FROM alpine:3.19\nRUN --mount=type=cache,target=/var/cache/apk apk add curl',
    'FROM alpine:3.19\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl',
    'FROM alpine:3.19\nRUN apk add curl && rm -rf /var/cache/apk/*',
    'FROM alpine:3.19\nRUN apk update && apk add curl && apk cache clean',
    'FROM alpine:3.19\nRUN apk add --no-cache curl && apk upgrade --no-cache',
    'FROM alpine:3.19\nRUN apk add --no-network --virtual .rundeps $runDeps',
    'FROM alpine:3.19 AS build\nRUN apk add gcc\nFROM alpine:3.19\nCOPY --from=build /usr/bin/gcc /usr/bin/',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.19\nRUN «apk update» && apk «add» curl',
      errors: [{ messageId: 'updateKept', data: { command: 'apk update' } }, { messageId: 'cacheKept', data: { command: 'apk add' } }],
      output: 'FROM alpine:3.19\nRUN apk update && apk add --no-cache curl',
    },
    {
      code: 'FROM alpine:3.19\nRUN rm -rf /var/cache/apk/* && apk -U «add» --virtual .deps curl',
      errors: [{ messageId: 'cacheKept' }],
      output: 'FROM alpine:3.19\nRUN rm -rf /var/cache/apk/* && apk -U add --no-cache --virtual .deps curl',
    },
    {
      code: 'FROM alpine:3.19\nRUN ["apk", «"add"», "curl"]',
      errors: [{ messageId: 'cacheKept' }],
      output: null,
    },
  ],
});
