import { ruleTester } from '#test/rule-tester';
import rule from './duplicate-compose-key';

ruleTester.run(rule, {
  valid: [
    'services:\n  api:\n    image: nginx\n  db:\n    image: postgres\n',
    // The same key in different mappings, and a key overriding a merged one, are fine.
    'x-base: &base\n  image: nginx\nservices:\n  api:\n    <<: *base\n    image: httpd\n    environment:\n      image: x\n',
    // Two merge keys are repeated-merge-key's business.
    'x-a: &a\n  init: true\nx-b: &b\n  tty: true\nservices:\n  api:\n    <<: *a\n    <<: *b\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: nginx\n    ports: ["8080:80"]\n    «ports»: ["8443:443"]\n',
      errors: [{ messageId: 'duplicateKey', data: { key: 'ports', line: 4 } }],
      output: null,
    },
    {
      code: 'services:\n  api:\n    image: nginx\n  «api»:\n    image: httpd\n  db: {image: a, «image»: b}\n',
      errors: [
        { messageId: 'duplicateKey', data: { key: 'api', line: 2 } },
        { messageId: 'duplicateKey', data: { key: 'image', line: 6 } },
      ],
      output: null,
    },
  ],
});
