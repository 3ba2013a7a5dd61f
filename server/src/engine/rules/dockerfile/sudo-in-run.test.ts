import { ruleTester } from '#test/rule-tester';
import rule from './sudo-in-run';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update',
    'FROM debian:12\nRUN echo sudo && apt-get install -y sudo',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN «sudo» apt-get update',
      errors: [{ messageId: 'sudo' }],
      output: null,
      unsafeOutput: 'FROM debian:12\nRUN apt-get update',
    },
    {
      code: 'FROM debian:12\nUSER app\nRUN «sudo» apt-get update',
      errors: [{ messageId: 'sudo' }],
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:12\nUSER app\nUSER root\nRUN make && DEBIAN_FRONTEND=noninteractive «sudo» -E -u root apt-get install -y curl',
      errors: [{ messageId: 'sudo' }],
      unsafeOutput: 'FROM debian:12\nUSER app\nUSER root\nRUN make && DEBIAN_FRONTEND=noninteractive apt-get install -y curl',
    },
    {
      code: 'FROM debian:12\nRUN [«"sudo"», "make"]',
      errors: [{ messageId: 'sudo' }],
      unsafeOutput: 'FROM debian:12\nRUN ["make"]',
    },
    {
      code: 'FROM gcr.io/distroless/base-debian12:nonroot\nRUN «/usr/bin/sudo» id',
      errors: [{ messageId: 'sudo' }],
      unsafeOutput: null,
    },
  ],
});
