import { ruleTester } from '#test/rule-tester';
import rule from './legacy-key-value-format';

ruleTester.run(rule, {
  valid: ['FROM alpine:3\nENV A=1 B="two words"', 'FROM alpine:3\nLABEL "com.example.name"="x"', 'FROM alpine:3\nARG A B'],
  invalid: [
    { code: 'FROM alpine:3\nENV «NODE_ENV» production', errors: [{ messageId: 'legacy', data: { key: 'NODE_ENV' } }], output: 'FROM alpine:3\nENV NODE_ENV=production' },
    {
      code: 'FROM alpine:3\nLABEL «description» A small   image with $VERSION',
      errors: [{ messageId: 'legacy' }],
      output: 'FROM alpine:3\nLABEL description="A small   image with $VERSION"',
    },
    { code: 'FROM alpine:3\nENV «MSG» "hello world"', errors: [{ messageId: 'legacy' }], output: 'FROM alpine:3\nENV MSG="hello world"' },
    { code: 'FROM alpine:3\nENV «JAVA_OPTS» -Xmx1g -Dfoo=bar', errors: [{ messageId: 'legacy' }], output: 'FROM alpine:3\nENV JAVA_OPTS="-Xmx1g -Dfoo=bar"' },
    { code: 'FROM alpine:3\nENV «PATH» \\\n    /app/bin:$PATH', errors: [{ messageId: 'legacy' }], output: 'FROM alpine:3\nENV PATH=/app/bin:$PATH' },
    { code: 'FROM alpine:3\nENV «MSG» it\'s "complicated"', errors: [{ messageId: 'legacy' }], output: null },
    { code: 'FROM alpine:3\nONBUILD env «A» b', errors: [{ messageId: 'legacy' }], output: 'FROM alpine:3\nONBUILD env A=b' },
  ],
});
