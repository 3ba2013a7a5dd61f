import { ruleTester } from '#test/rule-tester';
import rule from './privileged-service';

ruleTester.run(rule, {
  valid: ['services:\n  a:\n    image: x:1\n    privileged: false\n', 'services:\n  a:\n    image: x:1\n    build:\n      context: .\n      privileged: true\n'],
  invalid: [{ code: 'services:\n  a:\n    image: x:1\n    privileged: «true»\n  b:\n    image: x:1\n    privileged: «"true"»\n', errors: [{ messageId: 'privileged' }, { messageId: 'privileged', data: { service: 'b' } }] }],
});
