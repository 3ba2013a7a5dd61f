import { ruleTester } from '#test/rule-tester';
import rule from './ephemeral-database-data';

ruleTester.run(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    volumes:\n      - ./pg:/var/lib/postgresql\n  cache:\n    image: redis:7\n    volumes: ["redis:/data"]\n  mq:\n    image: memcached:1.6\nvolumes:\n  redis:\n',
    'services:\n  db:\n    image: mysql:8\n    tmpfs:\n      - /var/lib/mysql:size=1g\n  mongo:\n    image: mongo:7\n    volumes: ["${MONGO_DIR}:/data/db"]\n  app:\n    image: node:20\n',
    'services:\n  db:\n    image: postgres:16\n    environment:\n      PGDATA: /srv/pg\n    volumes:\n      - type: volume\n        source: pg\n        target: /srv\nvolumes:\n  pg:\n',
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: «postgres:16-alpine»\n    volumes:\n      - ./init.sql:/docker-entrypoint-initdb.d/init.sql\n  search:\n    image: «docker.elastic.co/elasticsearch/elasticsearch:8.15.0»\n',
      errors: [{ messageId: 'noVolume', data: { dir: '/var/lib/postgresql/data', label: 'PostgreSQL' } }, { messageId: 'noVolume', data: { dir: '/usr/share/elasticsearch/data' } }],
    },
    {
      // A cache is left alone unless told to persist.
      code: 'services:\n  cache:\n    image: redis:7\n  store:\n    image: «redis:7»\n    command: ["redis-server", "--appendonly", "yes"]\n  jobs:\n    image: «valkey/valkey:8»\n    command: valkey-server --save 60 1\n  tmp:\n    image: redis:7\n    command: redis-server --save ""\n',
      errors: [{ messageId: 'noVolume', data: { label: 'Redis' } }, { messageId: 'noVolume', data: { label: 'Valkey' } }],
    },
    {
      // PGDATA moves the data out of the mounted directory.
      code: 'services:\n  db:\n    image: «postgres:16»\n    environment:\n      - PGDATA=/srv/pg\n    volumes:\n      - pg:/var/lib/postgresql/data\nvolumes:\n  pg:\n',
      errors: [{ messageId: 'noVolume', data: { dir: '/srv/pg' } }],
    },
  ],
});
