import { ruleTester } from '#test/rule-tester';
import rule from './writable-root-filesystem';

ruleTester.run(rule, {
  valid: ['services:\n  a:\n    image: x:1\n    read_only: true\n'],
  invalid: [{ code: 'services:\n  «a»:\n    image: x:1\n    read_only: false\n  «b»:\n    image: x:1\n', errors: [{ messageId: 'writable', data: { service: 'a' } }, { messageId: 'writable' }] }],
});
