import { ruleTester } from '#test/rule-tester';
import rule from './compose-yaml-syntax';

ruleTester.run(rule, {
  valid: [
    'services:\n  api:\n    image: "nginx:1.27"\n    ports: ["8080:80"]\n',
    // Compose's own tags and merge keys are not syntax errors.
    'x-base: &base\n  restart: always\nservices:\n  api:\n    <<: *base\n    ports: !reset []\n    environment: !override\n      A: "1"\n',
    // Duplicate keys belong to duplicate-compose-key.
    'services:\n  api:\n    image: a\n    image: b\n',
    '',
  ],
  invalid: [
    {
      // An unclosed quote runs to the end of the file: the squiggle sits on the last character the parser read.
      code: 'services:\n  api:\n    image: "nginx:1.2«7»\n',
      errors: [{ messageId: 'syntax', data: { detail: 'Missing closing "quote' } }],
      output: null,
    },
    {
      code: 'services:\n  api:\n    ports: [8080:80\n  «d»b:\n    image: postgres\n',
      errors: [{ messageId: 'syntax', data: { detail: 'Flow sequence' } }],
      output: null,
    },
    {
      code: 'services:\n  api:\n    image: nginx\n«\t»user: app\n',
      errors: [{ messageId: 'syntax', data: { detail: 'Tabs are not allowed' } }],
      output: null,
    },
  ],
});
