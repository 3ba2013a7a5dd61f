import { ruleTester } from '#test/rule-tester';
import rule from './run-without-shell';

ruleTester.run(rule, {
  valid: [
    'FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT ["/app"]',
    'FROM gcr.io/distroless/base-debian12:debug\nRUN echo hi',
    'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /bin/sh\nRUN echo hi',
    'FROM scratch\nRUN ["/app", "--migrate"]',
    'FROM debian:12\nRUN echo hi',
    'FROM $BASE\nRUN echo hi',
  ],
  invalid: [
    {
      code: 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\n«RUN» chmod +x /app',
      errors: [{ messageId: 'noShell', data: { image: 'gcr.io/distroless/static-debian12' } }],
      output: null,
    },
    {
      code: 'FROM scratch AS base\nCOPY rootfs/ /\nFROM base\n«RUN» <<EOF\necho hi\nEOF',
      errors: [{ messageId: 'noShell', data: { image: 'scratch' } }],
    },
    {
      code: 'FROM cgr.dev/chainguard/static:latest\n«run» --mount=type=secret,id=npm npm ci',
      errors: [{ messageId: 'noShell' }],
    },
  ],
});
