import { ruleTester } from '#test/rule-tester';
import rule from './unknown-service-reference';

const DB = '  db:\n    image: postgres:16\n';

ruleTester.run(rule, {
  valid: [
    `services:\n  api:\n    image: nginx:1.27\n    depends_on: [db]\n    links: ["db:database"]\n    volumes_from: [db, "container:other"]\n${DB}`,
    `services:\n  api:\n    image: nginx:1.27\n    network_mode: "service:db"\n    extends:\n      file: base.yaml\n      service: elsewhere\n${DB}`,
    // An override file: its services get their image from the base file, and so may the names it uses.
    'services:\n  api:\n    depends_on: [cache]\n',
    'include:\n  - other.yaml\nservices:\n  api:\n    image: nginx:1.27\n    depends_on: [cache]\n',
    'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_started\n        required: false\n',
    'services:\n  api:\n    image: nginx:1.27\n    depends_on: ["${DEP}"]\n',
    // A file layered over a base file (`-f compose.yaml -f compose.prod.yaml`).
    { code: 'services:\n  api:\n    image: nginx:1.27\n    depends_on: [cache]\n', project: { fileName: 'compose.prod.yaml' } },
  ],
  invalid: [
    {
      code: `services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      - «dbb» # typo\n${DB}`,
      errors: [{ messageId: 'unknownService', data: { name: 'dbb' } }],
      output: `services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      - db # typo\n${DB}`,
    },
    {
      code: `services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      «cache»:\n        condition: service_started\n    links: ["«redis»:cache"]\n    network_mode: "service:«vpn»"\n    volumes_from: ["service:«data»:ro"]\n    extends: «base»\n${DB}`,
      errors: [
        { messageId: 'unknownService', data: { via: 'depends_on' } },
        { messageId: 'unknownService', data: { via: 'links' } },
        { messageId: 'unknownService', data: { via: 'network_mode' } },
        { messageId: 'unknownService', data: { via: 'volumes_from' } },
        { messageId: 'unknownService', data: { via: 'extends' } },
      ],
      output: null,
    },
    {
      // Written once in an anchor merged by two services: reported once.
      code: `x-deps: &deps\n  depends_on: [«queue»]\nservices:\n  api:\n    <<: *deps\n    image: nginx:1.27\n  worker:\n    <<: *deps\n    image: nginx:1.27\n`,
      errors: [{ messageId: 'unknownService' }],
      output: null,
    },
  ],
});
