import { ruleTester } from '#test/rule-tester';
import rule from './apt-get-without-yes';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN apt-get -y install curl',
    'FROM debian:12\nRUN apt-get install --yes curl && apt-get --assume-yes purge git',
    'FROM debian:12\nRUN apt-get install -yq curl',
    'FROM debian:12\nRUN apt-get -qq install curl',
    'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl',
    'FROM debian:12\nRUN yes | apt-get install curl',
    'FROM debian:12\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl',
    'FROM debian:12\nRUN apt-get update && apt-get clean && apt-get source -d curl',
    'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl',
    'FROM debian:12\nRUN if apt-get install -s "postgresql-16-jit" > /dev/null 2>&1; then apt-get install -y postgresql-16-jit; fi',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get «install» --no-install-recommends curl',
      errors: [{ messageId: 'noYes', data: { command: 'apt-get install' } }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get -q «install» curl \\\n && apt-get «purge» --auto-remove git',
      errors: [{ messageId: 'noYes' }, { messageId: 'noYes', data: { command: 'apt-get purge' } }],
      output: 'FROM debian:12\nRUN apt-get -q install -y curl \\\n && apt-get purge -y --auto-remove git',
    },
    {
      code: 'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt «upgrade»',
      errors: [{ messageId: 'noYes', data: { command: 'apt upgrade' } }],
      output: 'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt upgrade -y',
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get «install» curl\nEOF',
      errors: [{ messageId: 'noYes' }],
      output: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF',
    },
    {
      code: 'FROM debian:12\nONBUILD RUN apt-get «install» curl',
      errors: [{ messageId: 'noYes' }],
      output: 'FROM debian:12\nONBUILD RUN apt-get install -y curl',
    },
    {
      code: 'FROM debian:12\nRUN ["apt-get", «"install"», "curl"]',
      errors: [{ messageId: 'noYes' }],
      output: null,
    },
  ],
});
