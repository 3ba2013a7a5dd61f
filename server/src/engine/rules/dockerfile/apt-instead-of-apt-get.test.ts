import { ruleTester } from '#test/rule-tester';
import rule from './apt-instead-of-apt-get';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN apt-cache policy curl && apt-mark hold curl && apt-key list',
    'FROM debian:12\nRUN echo apt install curl',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN «apt» update && «apt» install -y curl',
      errors: [{ messageId: 'apt', data: { replacement: 'apt-get' } }, { messageId: 'apt' }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    },
    {
      code: 'FROM debian:12\nRUN «apt» full-upgrade -y && «/usr/bin/apt» upgrade -y',
      errors: [{ messageId: 'apt' }, { messageId: 'apt' }],
      output: 'FROM debian:12\nRUN apt-get dist-upgrade -y && /usr/bin/apt-get upgrade --with-new-pkgs -y',
    },
    {
      code: 'FROM debian:12\nRUN «apt» show curl',
      errors: [{ messageId: 'apt', data: { replacement: 'apt-cache' } }],
      output: 'FROM debian:12\nRUN apt-cache show curl',
    },
    {
      code: 'FROM debian:12\nRUN «apt» list --installed',
      errors: [{ messageId: 'apt' }],
      output: null,
    },
    {
      code: 'FROM debian:12\nRUN sudo «apt» -y install curl',
      errors: [{ messageId: 'apt' }],
      output: 'FROM debian:12\nRUN sudo apt-get -y install curl',
    },
    {
      code: 'FROM debian:12\nRUN [«"apt"», "install", "-y", "curl"]',
      errors: [{ messageId: 'apt' }],
      output: null,
    },
  ],
});
