import { ruleTester } from '#test/rule-tester';
import rule from './unquoted-port-mapping';

ruleTester.run(rule, {
  valid: ['services:\n  a:\n    image: x:1\n    ports:\n      - "22:22"\n      - \'8080:80\'\n      - 3000\n      - target: 80\n        published: "8080"\n    expose: [22]\n'],
  invalid: [
    {
      code: 'x-ports: &ports\n  ports:\n    - «53:53»\n    - 8080:80\nservices:\n  a:\n    <<: *ports\n    image: x:1\n  b:\n    image: x:1\n    ports: [«21:21», "22:22"]\n',
      errors: [{ messageId: 'sexagesimal', data: { number: 3233 } }, { messageId: 'sexagesimal', data: { number: 1281 } }],
      output: 'x-ports: &ports\n  ports:\n    - "53:53"\n    - 8080:80\nservices:\n  a:\n    <<: *ports\n    image: x:1\n  b:\n    image: x:1\n    ports: ["21:21", "22:22"]\n',
    },
    {
      options: { quoteAll: true },
      code: 'x-ports: &ports\n  ports:\n    - «53:53»\nservices:\n  a:\n    <<: *ports\n    image: x:1\n  b:\n    image: x:1\n    ports: [«8080:80», «127.0.0.1:8443:443/tcp»] # web\n',
      errors: [{ messageId: 'sexagesimal', data: { number: 3233 } }, { messageId: 'unquoted' }, { messageId: 'unquoted' }],
      output: 'x-ports: &ports\n  ports:\n    - "53:53"\nservices:\n  a:\n    <<: *ports\n    image: x:1\n  b:\n    image: x:1\n    ports: ["8080:80", "127.0.0.1:8443:443/tcp"] # web\n',
    },
  ],
});
