import { ruleTester } from '#test/rule-tester';
import rule from './both-curl-and-wget';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSLO https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz',
    'FROM debian:12 AS a\nRUN curl -fsSLO https://example.com/a.tgz\nFROM alpine:3.20\nRUN wget -q https://example.com/b.tgz',
    'FROM debian:12\nRUN if command -v curl >/dev/null; then curl -fsSLO https://example.com/a.tgz; else wget -q https://example.com/a.tgz; fi',
    'FROM debian:12\nRUN curl -fsSLO https://example.com/a.tgz || wget -q https://example.com/a.tgz',
    'FROM debian:12\nRUN apt-get install -y curl wget',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\nRUN «wget» -q https://example.com/b.tgz && wget -q https://example.com/c.tgz',
      errors: [{ messageId: 'bothDownloaders', data: { first: 'curl', line: 2, second: 'wget' } }],
      output: null,
    },
    {
      code: 'FROM debian:12\nRUN wget -qO- https://example.com/key | gpg --dearmor > /k.gpg && «/usr/bin/curl» -fsSLO https://example.com/a',
      errors: [{ messageId: 'bothDownloaders', data: { first: 'wget', second: 'curl' } }],
    },
  ],
});
