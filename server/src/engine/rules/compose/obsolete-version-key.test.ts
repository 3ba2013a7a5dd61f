import { ruleTester } from '#test/rule-tester';
import rule from './obsolete-version-key';

ruleTester.run(rule, {
  valid: ['services:\n  api:\n    image: nginx:1.27\n', 'services:\n  api:\n    image: nginx:1.27\n    labels:\n      version: "2"\n', 'x-version: "3"\nservices: {}\n'],
  invalid: [
    {
      code: '«version»: "3.9"\nservices:\n  api:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'obsolete' }],
      output: 'services:\n  api:\n    image: nginx:1.27\n',
    },
    {
      // Only that line goes: the comment above it, anchors and the rest stay byte for byte.
      code: '# the stack\r\n«version»: \'2.4\' # old\r\nx-a: &a\r\n  restart: always\r\nservices:\r\n  api:\r\n    <<: *a\r\n    image: nginx:1.27\r\n',
      errors: [{ messageId: 'obsolete' }],
      output: '# the stack\r\nx-a: &a\r\n  restart: always\r\nservices:\r\n  api:\r\n    <<: *a\r\n    image: nginx:1.27\r\n',
    },
    {
      code: 'services:\n  api:\n    image: nginx:1.27\n«version»: "3"',
      errors: [{ messageId: 'obsolete' }],
      output: 'services:\n  api:\n    image: nginx:1.27\n',
    },
    {
      // A flow mapping on one line: deleting the line would delete everything.
      code: '{«version»: "3", services: {api: {image: "nginx:1.27"}}}\n',
      errors: [{ messageId: 'obsolete' }],
      output: null,
    },
  ],
});
