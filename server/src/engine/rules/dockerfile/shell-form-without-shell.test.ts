import { ruleTester } from '#test/rule-tester';
import rule from './shell-form-without-shell';

const DISTROLESS = 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\n';

ruleTester.run(rule, {
  valid: [
    DISTROLESS + 'ENTRYPOINT ["/app", "--port", "8080"]\nHEALTHCHECK CMD ["/app", "health"]',
    'FROM gcr.io/distroless/base-debian12:debug\nCMD echo hi',
    'FROM cgr.dev/chainguard/node:latest-dev\nCMD node server.js',
    'FROM alpine:3.20\nCMD node server.js',
    // Official images built from a root file system archive have a shell.
    'FROM scratch\nADD alpine-minirootfs-3.20.0-x86_64.tar.gz /\nCMD /bin/sh',
    'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox\nSHELL ["/bin/busybox", "sh", "-c"]\nCMD echo hi',
    'FROM scratch\nHEALTHCHECK NONE',
  ],
  invalid: [
    {
      code: DISTROLESS + 'ENTRYPOINT «/app --port 8080»',
      errors: [{ messageId: 'noShellAtStart', data: { keyword: 'ENTRYPOINT', image: 'gcr.io/distroless/static-debian12' } }],
      output: DISTROLESS + 'ENTRYPOINT ["/app", "--port", "8080"]',
    },
    {
      code: 'FROM scratch\nCOPY app /app\nHEALTHCHECK --interval=30s CMD «/app healthcheck»\nCMD ["/app"]',
      errors: [{ messageId: 'noShellForHealthcheck', data: { image: 'scratch' } }],
      output: 'FROM scratch\nCOPY app /app\nHEALTHCHECK --interval=30s CMD ["/app", "healthcheck"]\nCMD ["/app"]',
    },
    {
      code: 'FROM mcr.microsoft.com/dotnet/runtime:8.0-jammy-chiseled\nCMD «dotnet app.dll --urls $URLS»',
      errors: [{ messageId: 'noShellAtStart' }],
      output: null,
    },
    {
      code: 'FROM gcr.io/distroless/java21-debian12 AS runtime\nCOPY app.jar /app.jar\nFROM runtime\nCMD «java -jar /app.jar»',
      errors: [{ messageId: 'noShellAtStart' }],
      output: 'FROM gcr.io/distroless/java21-debian12 AS runtime\nCOPY app.jar /app.jar\nFROM runtime\nCMD ["java", "-jar", "/app.jar"]',
    },
  ],
});
