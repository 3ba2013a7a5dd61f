import { ruleTester } from '#test/rule-tester';
import rule from './unordered-service-keys';

ruleTester.run(rule, {
  valid: [
    'x-a: &a\n  image: x:1\nservices:\n  api:\n    <<: *a\n    build: .\n    depends_on: [db]\n    environment: [A=1]\n    ports: ["80"]\n    command: run\n    labels: [a=b]\n    user: "1000"\n    cap_drop: [ALL]\n    init: true\n  db:\n    image: x:1\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    command: run\n    «image»: x:1\n    «ports»: ["80"]\n    restart: always\n    tty: true\n    «init»: true\n',
      errors: [{ messageId: 'outOfOrder', data: { key: 'image', after: 'command' } }, { messageId: 'outOfOrder', data: { key: 'ports', after: 'command' } }, { messageId: 'outOfOrder', data: { key: 'init', after: 'tty' } }],
    },
  ],
});
