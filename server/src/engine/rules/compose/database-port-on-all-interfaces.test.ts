import { ruleTester } from '#test/rule-tester';
import rule from './database-port-on-all-interfaces';

ruleTester.run(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    ports: ["127.0.0.1:5432:5432", "[::1]:5433:5432"]\n  api:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
    'services:\n  db:\n    image: postgres:16\n    ports: ["${DB_PORT:-5432}:5432"]\n  cache:\n    image: redis:7\n    ports: ["${BIND:-127.0.0.1}:6379:6379"]\n',
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:16-alpine\n    ports:\n      - "«5432»:5432" # psql\n      - «0.0.0.0:15432»:5432\n      - \'«5432»\'\n',
      errors: [{ messageId: 'allInterfaces', data: { port: 5432, label: 'PostgreSQL' } }, { messageId: 'allInterfaces' }, { messageId: 'allInterfaces' }],
      output: null,
      unsafeOutput: 'services:\n  db:\n    image: postgres:16-alpine\n    ports:\n      - "127.0.0.1:5432:5432" # psql\n      - "127.0.0.1:15432:5432"\n      - \'127.0.0.1::5432\'\n',
    },
    {
      code: 'services:\n  cache:\n    image: redis:7\n    ports:\n      - target: 6379\n        published: «6379»\n      - target: 6379\n        published: «6380»\n        host_ip: 0.0.0.0\n',
      errors: [{ messageId: 'allInterfaces', data: { port: 6379, label: 'Redis' } }, { messageId: 'allInterfaces' }],
      output: null,
      unsafeOutput: 'services:\n  cache:\n    image: redis:7\n    ports:\n      - target: 6379\n        published: 6379\n        host_ip: 127.0.0.1\n      - target: 6379\n        published: 6380\n        host_ip: 127.0.0.1\n',
    },
  ],
});
