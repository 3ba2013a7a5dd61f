import { ruleTester } from '#test/rule-tester';
import rule from './unused-compose-resource';

ruleTester.run(rule, {
  valid: [
    'services:\n  api:\n    image: nginx:1.27\n    volumes: ["data:/srv"]\n    networks: [front]\n    secrets: [key]\n    configs: [conf]\nvolumes:\n  data:\nnetworks:\n  front:\n  default:\nsecrets:\n  key:\n    file: k\nconfigs:\n  conf:\n    file: c\n',
    'services:\n  api:\n    image: nginx:1.27\n    build:\n      context: .\n      secrets: [npmrc]\nsecrets:\n  npmrc:\n    file: ~/.npmrc\n',
    // Only part of a project: the base file may use them.
    'services:\n  api:\n    environment: [A=1]\nvolumes:\n  data:\n',
    'volumes:\n  data:\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: nginx:1.27\n    volumes:\n      - ./src:/srv\n      - type: volume\n        source: cache\n        target: /cache\nvolumes:\n  «old»:\n  cache:\nnetworks:\n  «back»:\nsecrets:\n  «token»:\n    environment: TOKEN\n',
      errors: [{ messageId: 'unused', data: { name: 'old' } }, { messageId: 'unused', data: { kind: 'network' } }, { messageId: 'unused', data: { kind: 'secret' } }],
      output: null,
    },
  ],
});
