import { ruleTester } from '#test/rule-tester';
import rule from './compose-schema';

const ISSUE_EXAMPLE = `version: "3.9"
x-common: &common
  restart: unless-stopped
services:
  api:
    <<: *common
    build: .
    ports:
      - "\${API_PORT:-8080}:8080"
    depends_on:
      - db
    «helthcheck»:
      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: devpass
    ports:
      - "5432:5432"
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
`;

ruleTester.run(rule, {
  valid: [
    ISSUE_EXAMPLE.replace('«helthcheck»', 'healthcheck'),
    // Anchors, merge keys (one and several), extension keys.
    'x-base: &base\n  restart: always\nx-logs: &logs\n  logging:\n    driver: local\nservices:\n  a:\n    <<: [*base, *logs]\n    image: nginx:1.27\n    x-team: core\n',
    // Variables where the schema wants a number or an enum value: Compose substitutes them first.
    'services:\n  a:\n    image: nginx\n    networks:\n      front:\n        priority: ${PRIORITY}\n    cgroup: ${CGROUP:-host}\n    depends_on:\n      b:\n        condition: ${COND:-service_started}\n        required: ${REQUIRED}\n  b:\n    image: redis\nnetworks:\n  front:\n',
    // !reset and !override in all three forms.
    'x-base: &base\n  ports: ["80:80"]\n  environment:\n    A: "1"\nservices:\n  a:\n    <<: *base\n    image: nginx\n    ports: !reset []\n    environment: !override\n      B: "2"\n    command: !reset null\n    user: !override "1000"\n',
    // An empty service (Compose accepts it) and empty top-level resources.
    'services:\n  a:\nvolumes:\n  data:\nnetworks:\n  front:\n',
    // Keys added to the specification after the upstream schema (our overlay).
    'services:\n  a:\n    image: nginx\n    pre_start:\n      - command: ["sh", "-c", "chown -R 1000 /data"]\n        user: root\n    build:\n      context: .\n      provenance: mode=max\n      sbom: true\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n          target: /app/src\n          initial_sync: true\n    container_name: a\n    use_api_socket: true\n    models:\n      - llm\n  b:\n    provider:\n      type: model\n      options:\n        model: ai/smollm2\nmodels:\n  llm:\n    model: ai/smollm2\n',
    // Long syntax everywhere the schema offers alternatives.
    'services:\n  a:\n    image: nginx\n    ports:\n      - target: 80\n        published: "8080"\n        protocol: tcp\n      - 443\n    volumes:\n      - type: bind\n        source: ./conf\n        target: /etc/nginx/conf.d\n        read_only: true\n    env_file:\n      - path: .env\n        required: false\n    depends_on:\n      b:\n        condition: service_healthy\n        restart: true\n  b:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n      interval: 10s\n',
  ],
  invalid: [
    {
      code: ISSUE_EXAMPLE,
      errors: [{ messageId: 'unknownKey', data: { key: 'helthcheck', hint: 'did you mean `healthcheck`?' } }],
      output: ISSUE_EXAMPLE.replace('«helthcheck»', 'healthcheck'),
    },
    {
      code: 'services:\n  a:\n    image: nginx\n    build:\n      «contxt»: .\n',
      errors: [{ messageId: 'unknownKey', data: { where: 'in `build` of service `a`', hint: '`context`' } }],
      output: 'services:\n  a:\n    image: nginx\n    build:\n      context: .\n',
    },
    {
      // Quoted keys keep their quotes.
      code: 'services:\n  a:\n    «"imgae"»: nginx\n',
      errors: [{ messageId: 'unknownKey', data: { hint: '`image`' } }],
      output: 'services:\n  a:\n    "image": nginx\n',
    },
    {
      // The right key is already there: renaming would repeat it, so no fix.
      code: 'services:\n  a:\n    image: nginx\n    «imgae»: httpd\n',
      errors: [{ messageId: 'unknownKey', data: { hint: '`image`' } }],
      output: null,
    },
    {
      // A typo in an anchor merged into two services is reported once, where it is written.
      code: 'x-base: &base\n  «restrat»: always\nservices:\n  a:\n    <<: *base\n    image: nginx\n  b:\n    <<: *base\n    image: redis\n',
      errors: [{ messageId: 'unknownKey', data: { where: 'under `x-base`, merged into service `a`', hint: '`restart`' } }],
      output: 'x-base: &base\n  restart: always\nservices:\n  a:\n    <<: *base\n    image: nginx\n  b:\n    <<: *base\n    image: redis\n',
    },
    {
      code: 'services:\n  a:\n    image: nginx\n    ports:\n      - «true»\n      - target: 80\n        «publishd»: 8080\n',
      errors: [
        { messageId: 'wrongType', data: { subject: '`ports[0]` in service `a`', expected: 'a number, a string or a mapping' } },
        { messageId: 'unknownKey', data: { where: 'in `ports[1]` of service `a`', hint: '`published`' } },
      ],
      output: 'services:\n  a:\n    image: nginx\n    ports:\n      - true\n      - target: 80\n        published: 8080\n',
    },
    {
      code: 'services:\n  a:\n    image: nginx\n    depends_on:\n      b:\n        condition: «service_healty»\n      «c»: {}\n  b:\n    image: redis\n  c:\n    image: redis\n',
      errors: [
        { messageId: 'notAllowed', data: { subject: '`condition` in `depends_on.b` of service `a`', hint: '`service_healthy`' } },
        { messageId: 'missingKey', data: { property: 'condition' } },
      ],
      output: 'services:\n  a:\n    image: nginx\n    depends_on:\n      b:\n        condition: service_healthy\n      c: {}\n  b:\n    image: redis\n  c:\n    image: redis\n',
    },
    {
      code: 'services:\n  a:\n    image: nginx\n    environment: «5»\n    cap_add: [NET_ADMIN, «NET_ADMIN»]\n    «healthcheck»:\n',
      errors: [
        { messageId: 'wrongType', data: { expected: 'a mapping or a list', actual: 'the number 5' } },
        { messageId: 'duplicateItem', data: { item: 'NET_ADMIN' } },
        { messageId: 'wrongType', data: { subject: '`healthcheck` in service `a`', actual: 'empty' } },
      ],
      output: null,
    },
    {
      code: 'services:\n  «my app»:\n    image: nginx\n',
      errors: [{ messageId: 'invalidName', data: { key: 'my app', where: 'under `services`' } }],
      output: null,
    },
    {
      code: 'services:\n  a:\n    image: nginx\nvolumes:\n  data:\n    «drivr»: local\n«netwroks»:\n  front:\n',
      errors: [
        { messageId: 'unknownKey', data: { where: 'in volume `data`', hint: '`driver`' } },
        { messageId: 'unknownKey', data: { where: 'at the top level', hint: '`networks`' } },
      ],
      output: 'services:\n  a:\n    image: nginx\nvolumes:\n  data:\n    driver: local\nnetworks:\n  front:\n',
    },
  ],
});
