import { ruleTester } from '#test/rule-tester';
import rule from './depends-on-start-order-only';

const PG = '  db:\n    image: postgres:16\n';
const PG_CHECK =
  '    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres} -d postgres"]\n      interval: 10s\n      timeout: 5s\n      retries: 5\n      start_period: 30s\n';

ruleTester.run(rule, {
  valid: [
    `services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n${PG}`,
    'services:\n  api:\n    image: nginx:1.27\n    depends_on: [worker, ghost]\n  worker:\n    build: .\n',
    `services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_completed_successfully\n${PG}`,
  ],
  invalid: [
    {
      // The example's shape: the list becomes the long form and the database gets its healthcheck.
      code: `services:\n  api:\n    build: .\n    depends_on:\n      - «db» # the database\n      - worker\n  worker:\n    build: .\n${PG}    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n`,
      errors: [{ messageId: 'startOrderOnly', data: { from: 'api', to: 'db', kind: 'database' } }],
      output: null,
      unsafeOutput:
        'services:\n  api:\n    build: .\n    depends_on:\n      db: # the database\n        condition: service_healthy\n      worker:\n        condition: service_started\n' +
        `  worker:\n    build: .\n${PG}    volumes:\n      - pgdata:/var/lib/postgresql/data\n${PG_CHECK}volumes:\n  pgdata:\n`,
    },
    {
      // An indentless list, and a cache that already has a healthcheck.
      code: 'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n    - «cache»\n  cache:\n    image: redis:7\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n',
      errors: [{ messageId: 'startOrderOnly', data: { kind: 'cache' } }],
      output: null,
      unsafeOutput: 'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_healthy\n  cache:\n    image: redis:7\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n',
    },
    {
      code: `services:\n  api:\n    image: nginx:1.27\n    depends_on: [«db», «"mq"»]\n${PG}  mq:\n    image: rabbitmq:3-management\n    healthcheck:\n      test: ["CMD", "rabbitmq-diagnostics", "-q", "ping"]\n`,
      errors: [{ messageId: 'startOrderOnly' }, { messageId: 'startOrderOnly', data: { kind: 'queue' } }],
      output: null,
      unsafeOutput: `services:\n  api:\n    image: nginx:1.27\n    depends_on: {db: {condition: service_healthy}, "mq": {condition: service_healthy}}\n${PG}${PG_CHECK}  mq:\n    image: rabbitmq:3-management\n    healthcheck:\n      test: ["CMD", "rabbitmq-diagnostics", "-q", "ping"]\n`,
    },
    {
      code: `services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: «service_started»\n${PG}`,
      errors: [{ messageId: 'startOrderOnly' }],
      output: null,
      unsafeOutput: `services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n${PG}${PG_CHECK}`,
    },
    {
      // No healthcheck we could add (memcached), or one turned off, or a list merged from an anchor: no fix.
      code: 'x-deps: &deps\n  depends_on: [«db»]\nservices:\n  api:\n    <<: *deps\n    image: nginx:1.27\n    depends_on: [«mc»]\n  web:\n    <<: *deps\n    image: nginx:1.27\n  mc:\n    image: memcached:1.6\n  db:\n    image: mysql:8\n    healthcheck:\n      disable: true\n',
      errors: [{ messageId: 'startOrderOnly' }, { messageId: 'startOrderOnly' }],
      unsafeOutput: null,
    },
  ],
});
