import { ruleTester } from '#test/rule-tester';
import rule from './missing-memory-limit';

ruleTester.run(rule, {
  valid: ['x-limits: &limits\n  mem_limit: 1g\nservices:\n  a:\n    <<: *limits\n    image: x:1\n  b:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n'],
  invalid: [
    {
      code: 'services:\n  «a»:\n    image: x:1\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n  «b»:\n    image: x:1\n',
      errors: [{ messageId: 'noLimit', data: { service: 'a' } }, { messageId: 'noLimit', data: { service: 'b' } }],
    },
  ],
});
