import { ruleTester } from '#test/rule-tester';
import rule from './duplicate-published-port';

ruleTester.run(rule, {
  valid: [
    'services:\n  a:\n    image: x:1\n    ports: ["8080:80", "8081:80", "80", "127.0.0.1::80"]\n  b:\n    image: x:1\n    ports: ["8082:80", "53:53/udp"]\n  c:\n    image: x:1\n    ports: ["53:53"]\n',
    // Variables are only known at `up`, even with the same default.
    'services:\n  a:\n    image: x:1\n    ports: ["${A_PORT:-8080}:80"]\n  b:\n    image: x:1\n    ports: ["${B_PORT:-8080}:80"]\n',
    'services:\n  a:\n    image: x:1\n    ports: ["127.0.0.1:8080:80"]\n  b:\n    image: x:1\n    ports: ["[::1]:8080:80"]\n',
    'services:\n  a:\n    image: x:1\n    profiles: [dev]\n    ports: ["8080:80"]\n  b:\n    image: x:1\n    profiles: [prod]\n    ports: ["8080:80"]\n',
  ],
  invalid: [
    {
      code:
        'services:\n  a:\n    image: x:1\n    ports:\n      - "8080:80"\n      - 9000-9005:9000-9005\n  b:\n    image: x:1\n    ports:\n      - "«0.0.0.0:8080»:8080"\n' +
        '      - target: 9100\n        published: «9003»\n  c:\n    image: x:1\n    profiles: [debug]\n    ports: ["«127.0.0.1:9004»:9004", "9010-9020:9010-9020", "«9015»:1/tcp"]\n',
      errors: [
        { messageId: 'taken', data: { port: 8080, other: 'a', line: 5 } },
        { messageId: 'taken', data: { port: 9003, other: 'a' } },
        { messageId: 'taken', data: { port: 9004 } },
        { messageId: 'takenHere', data: { port: 9015 } },
      ],
    },
  ],
});
