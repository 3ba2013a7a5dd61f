import { ruleTester } from '#test/rule-tester';
import rule from './env-reference-in-same-statement';

ruleTester.run(rule, {
  valid: [
    'FROM alpine:3\nENV A=1\nENV B=$A',
    'FROM alpine:3\nENV PATH=/x:$PATH A=1',
    'FROM alpine:3\nENV A $A/x',
    "FROM alpine:3\nENV A=1 B='$A'",
    'FROM alpine:3\nENV A=1 B=\\$A',
  ],
  invalid: [
    {
      code: 'FROM alpine:3\nENV APP_HOME=/app PATH=«$APP_HOME»/bin:$PATH',
      errors: [{ messageId: 'sameStatement', data: { name: 'APP_HOME', previous: 'empty', value: '/app' } }],
      output: null,
      unsafeOutput: 'FROM alpine:3\nENV APP_HOME=/app\nENV PATH=$APP_HOME/bin:$PATH',
    },
    {
      code: 'FROM alpine:3\nENV A=0\n  env A=1 \\\n      B=«${A}»',
      errors: [{ messageId: 'sameStatement', data: { previous: 'its previous value' } }],
      unsafeOutput: 'FROM alpine:3\nENV A=0\n  env A=1\n  env B=${A}',
    },
    {
      // Split off, `--=$A` would come first in its ENV, where BuildKit reads it as a flag.
      code: 'FROM alpine:3\nENV A=1 --=«$A»',
      errors: [{ messageId: 'sameStatement' }],
      unsafeOutput: null,
    },
    {
      code: 'FROM alpine:3\nENV B=«$A» A=1',
      errors: [{ messageId: 'sameStatement' }],
      unsafeOutput: null,
    },
  ],
});
