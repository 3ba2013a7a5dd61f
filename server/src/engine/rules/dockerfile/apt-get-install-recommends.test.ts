import { ruleTester } from '#test/rule-tester';
import rule from './apt-get-install-recommends';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl',
    'FROM debian:12\nRUN apt-get --no-install-recommends -y install curl',
    'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl',
    'FROM debian:12\nRUN apt-get install -y --install-recommends=no curl',
    'FROM debian:12\nRUN printf \'APT::Install-Recommends "0";\\n\' > /etc/apt/apt.conf.d/01norecommend\nRUN apt-get install -y curl',
    'FROM debian:12 AS base\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/01norecommend\nFROM base\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y',
    'FROM debian:12\nRUN apt-get install --simulate curl',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get «install» -y curl',
      errors: [{ messageId: 'recommends', data: { command: 'apt-get install' } }],
      output: null,
      unsafeOutput: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get -y «install» curl && apt «install» -y git',
      errors: [{ messageId: 'recommends' }, { messageId: 'recommends', data: { command: 'apt install' } }],
      unsafeOutput: 'FROM debian:12\nRUN apt-get -y install --no-install-recommends curl && apt install --no-install-recommends -y git',
    },
    {
      code: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "true";\' > /etc/apt/apt.conf.d/01recommend\nRUN apt-get «install» -y curl',
      errors: [{ messageId: 'recommends' }],
    },
  ],
});
