import { ruleTester } from '#test/rule-tester';
import rule from './empty-continuation-line';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add \\\n    curl\n\nRUN true',
    'FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF',
    'FROM alpine:3.20\nRUN apk add \\\n    # a comment\n    curl',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add \\\n«»\n    curl',
      errors: [{ messageId: 'emptyLine', data: { keyword: 'RUN' } }],
      output: 'FROM alpine:3.20\nRUN apk add \\\n    curl',
    },
    {
      code: 'FROM alpine:3.20\r\nRUN apk add \\\r\n«  \r\n»\r\n    curl \\\r\n«»\r\n    git',
      errors: [{ messageId: 'emptyLine' }, { messageId: 'emptyLine' }],
      output: 'FROM alpine:3.20\r\nRUN apk add \\\r\n    curl \\\r\n    git',
    },
    {
      // The blank of ` \` separates `a=1` from `b=2` for BuildKit; dockerfile-ast drops it before an empty line: no fix.
      code: 'FROM alpine:3.20\nLABEL a=1\\\n \\\n«»\nb=2',
      errors: [{ messageId: 'emptyLine' }],
      output: null,
    },
  ],
});
