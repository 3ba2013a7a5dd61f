import { ruleTester } from '#test/rule-tester';
import rule from './unsorted-services';

ruleTester.run(rule, {
  valid: ['services:\n  api:\n    image: x:1\n  db:\n    image: x:1\n  web:\n    image: x:1\n'],
  invalid: [
    {
      code: 'services:\n  db:\n    image: x:1\n  web:\n    image: x:1\n  «api»:\n    image: x:1\n  «cache»:\n    image: x:1\n',
      errors: [{ messageId: 'unsorted', data: { service: 'api', before: 'db' } }, { messageId: 'unsorted', data: { service: 'cache', before: 'db' } }],
    },
  ],
});
