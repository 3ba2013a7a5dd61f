import { ruleTester } from '#test/rule-tester';
import rule from './undeclared-compose-resource';

const DB = 'services:\n  db:\n    image: postgres:16\n';

ruleTester.run(rule, {
  valid: [
    `${DB}    volumes:\n      - pgdata:/var/lib/postgresql/data\n      - ./init:/docker-entrypoint-initdb.d\n      - /var/lib/extra\nvolumes:\n  pgdata:\n`,
    `${DB}    networks: [default, back]\n    secrets: [pw]\n    configs:\n      - source: conf\n        target: /etc/conf\nnetworks:\n  back:\nsecrets:\n  pw:\n    file: ./pw.txt\nconfigs:\n  conf:\n    file: ./c.conf\n`,
    `${DB}    volumes:\n      - type: bind\n        source: ./data\n        target: /data\n      - "\${VOLUME}:/x"\n`,
    // An override file: declarations may sit in the base file.
    'services:\n  db:\n    volumes: [pgdata:/var/lib/postgresql/data]\n',
  ],
  invalid: [
    {
      code: `${DB}    volumes:\n      - «pgdata»:/var/lib/postgresql/data\n`,
      errors: [{ messageId: 'undeclared', data: { kind: 'volume', name: 'pgdata' } }],
      output: null,
      unsafeOutput: `${DB}    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n`,
    },
    {
      // Appended to the section that exists, in its indentation; comments stay.
      code: `services:\n    db:\n        image: postgres:16\n        volumes: [«pgdta»:/data]\n        networks: [«back»]\nvolumes:\n    pgdata: # kept\n    # trailing note\nnetworks:\n`,
      errors: [{ messageId: 'undeclared', data: { name: 'pgdta', hint: 'did you mean `pgdata`' } }, { messageId: 'undeclared', data: { kind: 'network' } }],
      output: null,
      unsafeOutput: `services:\n    db:\n        image: postgres:16\n        volumes: [pgdta:/data]\n        networks: [back]\nvolumes:\n    pgdata: # kept\n    # trailing note\n    pgdta:\nnetworks:\n    back:\n`,
    },
    {
      code: `${DB}    secrets:\n      - «pw»\n      - source: «cert»\n        target: cert.pem\n    build:\n      context: .\n      secrets: [«npmrc»]\n`,
      errors: [{ messageId: 'undeclared', data: { kind: 'secret' } }, { messageId: 'undeclared' }, { messageId: 'undeclared' }],
      output: null,
      unsafeOutput: null,
    },
  ],
});
