import { ruleTester } from '#test/rule-tester';
import rule from './missing-service-healthcheck';

ruleTester.run(rule, {
  valid: ['services:\n  a:\n    image: x:1\n    healthcheck:\n      test: ["CMD", "true"]\n  b:\n    image: x:1\n    healthcheck:\n      disable: true\n'],
  invalid: [
    {
      code: 'services:\n  «cache»:\n    image: redis:7.4\n  «worker»:\n    image: busybox:1.36\n',
      errors: [{ messageId: 'noHealthcheck', data: { service: 'cache' } }, { messageId: 'noHealthcheck' }],
      output: null,
      unsafeOutput: 'services:\n  cache:\n    image: redis:7.4\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n      interval: 10s\n      timeout: 5s\n      retries: 5\n      start_period: 30s\n  worker:\n    image: busybox:1.36\n',
    },
  ],
});
