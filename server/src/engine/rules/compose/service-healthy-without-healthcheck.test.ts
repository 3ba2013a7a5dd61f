import { ruleTester } from '#test/rule-tester';
import rule from './service-healthy-without-healthcheck';

const API = 'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: «service_healthy»\n';
const CHECK = (test: string, pad = '    ') => `${pad}healthcheck:\n${pad}  test: ${test}\n${pad}  interval: 10s\n${pad}  timeout: 5s\n${pad}  retries: 5\n${pad}  start_period: 30s\n`;

ruleTester.run(rule, {
  valid: [
    'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n',
    'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_started\n      ghost:\n        condition: service_healthy\n  db:\n    image: postgres:16\n',
    // A healthcheck merged in from an anchor counts.
    'x-hc: &hc\n  healthcheck:\n    test: ["CMD", "true"]\nservices:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    <<: *hc\n    image: postgres:16\n',
  ],
  invalid: [
    {
      code: `${API}  db:\n    image: postgres:16-alpine # pinned\n    environment:\n      POSTGRES_USER: app\n\n  # the cache\n  cache:\n    image: redis:7\n`,
      errors: [{ messageId: 'noHealthcheck', data: { to: 'db', image: 'PostgreSQL' } }],
      output: null,
      unsafeOutput: `${API.replace(/[«»]/g, '')}  db:\n    image: postgres:16-alpine # pinned\n    environment:\n      POSTGRES_USER: app\n${CHECK('["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres} -d postgres"]')}\n  # the cache\n  cache:\n    image: redis:7\n`,
    },
    {
      // Four-space indentation, a built service: an HTTP probe on its port, and no newline at the end of the file.
      code: 'services:\n    web:\n        image: nginx:1.27\n        depends_on:\n            db:\n                condition: «service_healthy»\n    db:\n        build: ./db\n        ports: ["8081:8080"]',
      errors: [{ messageId: 'maybeNoHealthcheck' }],
      output: null,
      unsafeOutput: `services:\n    web:\n        image: nginx:1.27\n        depends_on:\n            db:\n                condition: service_healthy\n    db:\n        build: ./db\n        ports: ["8081:8080"]\n${CHECK('["CMD-SHELL", "curl -fsS http://localhost:8080/ || exit 1"]', '        ').replace(/\n {10}/g, '\n            ')}`,
    },
    {
      code: `${API}  db:\n    image: mariadb:11\n    healthcheck:\n      disable: true\n`,
      errors: [{ messageId: 'healthcheckDisabled' }],
      output: null,
      unsafeOutput: null,
    },
    {
      // No image we know and no port to probe: nothing to write.
      code: `${API}  db:\n    build: .\n`,
      errors: [{ messageId: 'maybeNoHealthcheck' }],
      unsafeOutput: null,
    },
  ],
});
