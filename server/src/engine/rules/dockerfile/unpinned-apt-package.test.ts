import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-apt-package';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5 "git=1:2.39.*"',
    'FROM debian:12\nRUN apt-get install -y ./tool_1.2.3_amd64.deb /tmp/other.deb',
    'FROM debian:12\nRUN apt-get install -y $PACKAGES "${EXTRA}"',
    'FROM debian:12\nRUN apt-get -t bookworm-backports install -y curl=8.5.0-1~bpo12+1',
    'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confold tzdata=2024a-0+deb12u1',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y && apt-get remove -y curl',
    'FROM debian:12\nRUN apt-get install -y \'^libfoo[0-9]+$\' curl-',
    'FROM debian:12\nRUN echo apt-get install curl',
    'FROM debian:12\nRUN apt-get install -s curl',
    'FROM debian:12\nSHELL ["pwsh", "-Command"]\nRUN apt-get install -y curl',
    '# hadolint shell=powershell\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl=7.88.1-10"]',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends «curl» ca-certificates=20230311 «git»',
      errors: [
        { messageId: 'unpinned', data: { package: 'curl', pinned: 'curl=<version>' } },
        { messageId: 'unpinned', data: { package: 'git' } },
      ],
      output: null,
    },
    {
      code: 'FROM ubuntu:24.04\nRUN apt-get update \\\n  && DEBIAN_FRONTEND=noninteractive sudo apt-get -y install \\\n    «"tzdata"» \\\n    «locales»',
      errors: [{ messageId: 'unpinned', data: { package: 'tzdata' } }, { messageId: 'unpinned', data: { package: 'locales' } }],
    },
    {
      code: 'FROM debian:12\nRUN apt install -y «curl/bookworm-backports»',
      errors: [{ messageId: 'unpinned', data: { pinned: 'curl=<version>' } }],
    },
    {
      code: 'FROM debian:12\nONBUILD RUN apt-get install -y «make»',
      errors: [{ messageId: 'unpinned' }],
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y «jq»\nEOF',
      errors: [{ messageId: 'unpinned' }],
    },
  ],
});
