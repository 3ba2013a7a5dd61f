import { ruleTester } from '#test/rule-tester';
import rule from './copy-from-own-stage';

ruleTester.run(rule, {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app',
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=0 /out/app /app',
    'FROM alpine:3.20 AS final\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/',
    'FROM alpine:3.20\nCOPY app /app',
  ],
  invalid: [
    {
      code: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nCOPY --from=«build» /out/app /app',
      errors: [{ messageId: 'ownStage', data: { ref: 'build' } }],
      output: null,
    },
    {
      code: 'FROM golang:1.22 AS Build\nCOPY --from=«BUILD» /out/app /app',
      errors: [{ messageId: 'ownStage' }],
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=«1» /out/app /app',
      errors: [{ messageId: 'ownStage', data: { ref: '1' } }],
    },
  ],
});
