import { ruleTester } from '#test/rule-tester';
import rule from './missing-restart-policy';

ruleTester.run(rule, {
  valid: ['x-r: &r\n  restart: always\nservices:\n  a:\n    <<: *r\n    image: x:1\n  b:\n    image: x:1\n    deploy:\n      restart_policy:\n        condition: any\n'],
  invalid: [
    {
      code: 'services:\n  «a»:\n    image: x:1 # pinned\n\n  «b»: {image: "x:1"}\n',
      errors: [{ messageId: 'noRestart', data: { service: 'a' } }, { messageId: 'noRestart' }],
      output: null,
      unsafeOutput: 'services:\n  a:\n    image: x:1 # pinned\n    restart: unless-stopped\n\n  b: {image: "x:1"}\n',
    },
  ],
});
