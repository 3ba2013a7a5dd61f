import { ruleTester } from '#test/rule-tester';
import rule from './pipe-without-pipefail';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/LATEST | head -n 1 > /etc/v',
    'FROM debian:12\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/LATEST | head -n 1 > /etc/v',
    'FROM debian:12\nRUN set -eux; set -o pipefail; curl -fsSL https://example.com/LATEST | head -n 1 > /etc/v',
    'FROM debian:12\nRUN echo "$SHA256  /tmp/a.tgz" | sha256sum -c -',
    'FROM debian:12\nRUN yes | apt-get install -y curl',
    'FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar -xz -C /opt',
    'FROM debian:12\nRUN grep " node.tar.xz$" SHASUMS256.txt | sha256sum -c -',
    'FROM debian:12\nRUN locale -a | grep en_US.utf8',
    'FROM debian:12\nRUN wget -qO- https://example.com/a.tgz.sha256 | grep a.tgz | sha256sum -c -',
    'FROM debian:12\nRUN arch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')" && echo "$arch"',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    'FROM alpine:3.20\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN wget -qO- https://example.com/install.sh | sh',
    'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://example.com/LATEST | head -n 1 > /etc/v',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr foo',
    'FROM debian:12\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name',
    '# hadolint shell=powershell\nFROM example/windows-build:1\nRUN Get-ChildItem | Select-Object Name',
    'FROM debian:12\nONBUILD RUN curl -fsSL https://example.com/LATEST | head -n 1 > /etc/v',
    'FROM debian:12\nRUN ["/bin/bash", "-c", "curl -fsSL https://example.com/LATEST | head -n 1 > /etc/v"]',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://example.com/LATEST «|» head -n 1 > /etc/v',
      errors: [{ messageId: 'pipeWithoutPipefail', data: { producer: 'curl' } }],
      output: null,
      unsafeOutput: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/LATEST | head -n 1 > /etc/v',
    },
    {
      code: 'FROM alpine:3.20\nRUN wget -qO- https://example.com/install.sh «|» sh',
      errors: [{ messageId: 'pipeWithoutPipefail', data: { producer: 'wget' } }],
      unsafeOutput: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://example.com/install.sh | sh',
    },
    {
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN apt-get update \\\n && curl -fsSL https://example.com/key «|» gpg --dearmor -o /usr/share/keyrings/x.gpg',
      errors: [{ messageId: 'pipeWithoutPipefail', data: { producer: 'curl' } }],
      unsafeOutput:
        'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN apt-get update \\\n && curl -fsSL https://example.com/key | gpg --dearmor -o /usr/share/keyrings/x.gpg',
    },
    {
      code: 'FROM example/custom-image:1\nRUN grep -v "^#" /etc/list «|» sort -u > /tmp/sorted',
      errors: [{ messageId: 'pipeWithoutPipefail', data: { producer: 'grep' } }],
      unsafeOutput: null,
    },
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://example.com/LATEST «|» head -n 1 > /etc/v && set -o pipefail',
      errors: [{ messageId: 'pipeWithoutPipefail' }],
    },
    {
      code: 'FROM debian:12\nRUN find /usr/local -type f -executable «|» xargs -r ldd | grep -v "not found" | sort -u',
      errors: [{ messageId: 'pipeWithoutPipefail', data: { producer: 'find' } }],
    },
    {
      code: 'FROM debian:12\nRUN yes | apt-get install -y curl «|» tee /var/log/install.log',
      errors: [{ messageId: 'pipeWithoutPipefail', data: { producer: 'apt-get' } }],
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\ncurl -fsSL https://example.com/LATEST «|» head -n 1 > /etc/v\nEOF',
      errors: [{ messageId: 'pipeWithoutPipefail' }],
    },
    {
      code: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN curl -fsSL https://example.com/LATEST «|» head -n 1 > /etc/v',
      errors: [{ messageId: 'pipeWithoutPipefail' }],
    },
  ],
});
