import { ruleTester } from '#test/rule-tester';
import rule from './secret-in-environment';

ruleTester.run(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n      POSTGRES_PASSWORD_FILE: /run/secrets/pw\n      DB_PASSWORD:\n      SECRET_KEY_ENABLED: "true"\n      AUTH_ENABLED: false\n      TOKENIZERS_PARALLELISM: "false"\n',
    'services:\n  api:\n    image: node:20\n    environment:\n      - API_TOKEN\n      - JWT_SECRET=${JWT_SECRET}\n      - NODE_ENV=production\n      - API_KEY=\n',
  ],
  invalid: [
    {
      code:
        'x-env: &env\n  environment:\n    REDIS_PASSWORD: «hunter2»\nservices:\n  api:\n    <<: *env\n    image: node:20\n  worker:\n    <<: *env\n    image: node:20\n' +
        '  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=«devpass»\n      - "STRIPE=«sk_live_abcdefghijklmnopqrstuvwx»"\n      - MYSQL_ROOT_PASSWORD=«1234»\n',
      errors: [
        { messageId: 'secretName', data: { name: 'REDIS_PASSWORD' } },
        { messageId: 'secretName', data: { name: 'POSTGRES_PASSWORD' } },
        { messageId: 'secretValue', data: { kind: 'Stripe key' } },
        { messageId: 'secretName' },
      ],
    },
    {
      code: 'services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: «1234»\n      GITHUB_PAT: «ghp_abcdefghijklmnopqrstuvwxyz0123456789»\n',
      errors: [{ messageId: 'secretName' }, { messageId: 'secretValue', data: { kind: 'GitHub token' } }],
    },
  ],
});
