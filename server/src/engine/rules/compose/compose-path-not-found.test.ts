import { ruleTester } from '#test/rule-tester';
import rule from './compose-path-not-found';

const FILES = new Set(['.', 'api', 'api/Dockerfile', 'api/Dockerfile.dev', '.env', 'docker/base.Dockerfile', 'docker']);
const project = { pathExists: (path: string) => (path.startsWith('unknown/') ? undefined : FILES.has(path.replace(/^\.\//, '').replace(/\/$/, '') || '.')) };

ruleTester.run(rule, {
  valid: [
    { code: 'services:\n  api:\n    build: ./api\n    env_file: .env\n', project },
    { code: 'services:\n  api:\n    build:\n      context: api\n      dockerfile: Dockerfile.dev\n  web:\n    build:\n      dockerfile: docker/base.Dockerfile\n', project },
    { code: 'services:\n  api:\n    build: https://github.com/org/repo.git#main\n    env_file:\n      - path: .env.local\n        required: false\n      - ${ENV_FILE}\n', project },
    { code: 'services:\n  api:\n    build:\n      context: api\n      dockerfile_inline: FROM scratch\n    env_file: unknown/x.env\n', project },
    // Without file facts the rule says nothing.
    'services:\n  api:\n    build: ./missing\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    build:\n      context: «./services/api»\n      dockerfile: «Dockerfile»\n    env_file: [«.env.local», .env]\n  web:\n    build:\n      context: api\n      dockerfile: «Dockerfile.prod»\n  db:\n    build: «docker»\n  cache:\n    build: «./nowhere»\n',
      project,
      errors: [
        { messageId: 'notFound', data: { kind: 'build context', path: './services/api' } },
        { messageId: 'notFound', data: { kind: 'Dockerfile', path: './services/api/Dockerfile' } },
        { messageId: 'notFound', data: { kind: 'env file', command: 'up' } },
        { messageId: 'notFound', data: { path: 'api/Dockerfile.prod' } },
        { messageId: 'notFound', data: { kind: 'Dockerfile', path: 'docker/Dockerfile' } },
        { messageId: 'notFound', data: { kind: 'build context' } },
      ],
    },
  ],
});
