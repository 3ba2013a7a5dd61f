import { ruleTester } from '#test/rule-tester';
import rule from './noisy-wget-progress';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a.tgz',
    'FROM debian:12\nRUN wget -q https://example.com/a.tgz && wget -qO- https://example.com/b | tar -x',
    'FROM debian:12\nRUN wget -nv https://example.com/a.tgz',
    'FROM debian:12\nRUN wget -o /tmp/wget.log https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN wget https://example.com/a.tgz',
    'FROM debian:12\nRUN apt-get install -y wget',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN «wget» -O /tmp/a.tgz https://example.com/a.tgz',
      errors: [{ messageId: 'progressBar' }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga -O /tmp/a.tgz https://example.com/a.tgz',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN «wget» https://example.com/a.tgz',
      errors: [{ messageId: 'progressBar' }],
      output: null,
      unsafeOutput: 'FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN wget --progress=dot:giga https://example.com/a.tgz',
    },
    {
      code: 'FROM fedora:40\nRUN «wget» https://example.com/a.tgz',
      errors: [{ messageId: 'progressBar' }],
      output: null,
      unsafeOutput: 'FROM fedora:40\nRUN wget --progress=dot:giga https://example.com/a.tgz',
    },
  ],
});
