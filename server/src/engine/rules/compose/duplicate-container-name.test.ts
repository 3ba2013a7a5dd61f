import { ruleTester } from '#test/rule-tester';
import rule from './duplicate-container-name';

ruleTester.run(rule, {
  valid: [
    'services:\n  a:\n    image: x:1\n    container_name: a\n  b:\n    image: x:1\n    container_name: b\n',
    'services:\n  a:\n    image: x:1\n    container_name: ${NAME}\n  b:\n    image: x:1\n    container_name: ${NAME}\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    container_name: web\n  b:\n    image: x:1\n    container_name: «web»\n  c:\n    image: x:1\n    container_name: «"web"»\n',
      errors: [{ messageId: 'duplicate', data: { service: 'b', first: 'a' } }, { messageId: 'duplicate', data: { service: 'c' } }],
    },
  ],
});
