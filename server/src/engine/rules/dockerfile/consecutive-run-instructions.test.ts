import { ruleTester } from '#test/rule-tester';
import rule from './consecutive-run-instructions';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN mkdir -p /app\nWORKDIR /app\nRUN touch a',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN echo done',
    'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache make\nRUN make install',
    'FROM debian:12\nRUN <<EOF\nmake\nEOF\nRUN make install',
    'FROM debian:12 AS a\nRUN make\nFROM a\nRUN make install',
    'FROM debian:12 AS build\nRUN make\nRUN make install DESTDIR=/out\nFROM debian:12\nCOPY --from=build /out /',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host a\nRUN Write-Host b',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN mkdir -p /app/data\n«RUN» chown -R 1000:1000 /app',
      errors: [{ messageId: 'consecutiveRuns', data: { line: 2 } }],
      output: 'FROM debian:12\nRUN mkdir -p /app/data && \\\n    chown -R 1000:1000 /app',
    },
    {
      code: 'FROM debian:12\nRUN a\n# why b comes next\n«RUN» b',
      errors: [{ messageId: 'consecutiveRuns' }],
      output: null,
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:12\nRUN a\n«RUN» b\n«run» c',
      errors: [{ messageId: 'consecutiveRuns', data: { line: 2 } }, { messageId: 'consecutiveRuns', data: { line: 3 } }],
      output: 'FROM debian:12\nRUN a && \\\n    b && \\\n    c',
    },
    {
      code: 'FROM debian:12\nRUN export PATH=/opt/bin:$PATH\n«RUN» tool --version',
      errors: [{ messageId: 'consecutiveRuns' }],
      output: null,
      unsafeOutput: 'FROM debian:12\nRUN export PATH=/opt/bin:$PATH && \\\n    tool --version',
    },
    {
      code: '# escape=`\nFROM debian:12\nRUN make `\n    all\n«RUN» make install\r\n',
      errors: [{ messageId: 'consecutiveRuns' }],
      output: '# escape=`\nFROM debian:12\nRUN make `\n    all && `\r\n    make install\r\n',
    },
    {
      code: 'FROM debian:12\nRUN ["make"]\n«RUN» make install',
      errors: [{ messageId: 'consecutiveRuns' }],
      output: null,
    },
  ],
});
