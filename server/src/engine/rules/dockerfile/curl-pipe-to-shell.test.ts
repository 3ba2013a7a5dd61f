import { ruleTester } from '#test/rule-tester';
import rule from './curl-pipe-to-shell';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh && sha256sum -c /tmp/sums && sh /tmp/install.sh',
    'FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar -xz -C /opt',
    'FROM debian:12\nRUN echo "echo hi" | sh',
    'FROM debian:12\nRUN sh -c "echo $(date)"',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN iwr https://example.com/install.ps1 | iex',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && «curl -fsSL https://example.com/install.sh | sh»',
      errors: [{ messageId: 'pipedToShell', data: { downloader: 'curl', shell: 'sh' } }],
      output: null,
    },
    {
      code: 'FROM debian:12\nRUN «wget -qO- https://example.com/install.sh | sudo -E bash -s -- --yes»',
      errors: [{ messageId: 'pipedToShell', data: { downloader: 'wget', shell: 'bash' } }],
    },
    {
      code: 'FROM debian:12\nRUN «sh -c "$(curl -fsSL https://example.com/install.sh)"»',
      errors: [{ messageId: 'substitutedIntoShell', data: { shell: 'sh', downloader: 'curl' } }],
    },
    {
      code: 'FROM debian:12\nRUN «bash <(curl -fsSL https://example.com/install.sh)»',
      errors: [{ messageId: 'substitutedIntoShell' }],
    },
    {
      code: 'FROM debian:12\nONBUILD RUN «curl -fsSL https://example.com/install.sh | \\\n    bash»',
      errors: [{ messageId: 'pipedToShell' }],
    },
  ],
});
