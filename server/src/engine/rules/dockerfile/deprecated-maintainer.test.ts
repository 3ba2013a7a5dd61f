import { ruleTester } from '#test/rule-tester';
import rule from './deprecated-maintainer';

ruleTester.run(rule, {
  valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane"'],
  invalid: [
    {
      code: 'FROM alpine:3.20\n«MAINTAINER» Jane Doe <jane@example.com>\nRUN true',
      errors: [{ messageId: 'deprecated' }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nRUN true',
    },
    {
      code: 'FROM alpine:3.20\n«maintainer» "Jane" $HOME \\\n  \\x',
      errors: [{ messageId: 'deprecated' }],
      output: 'FROM alpine:3.20\nlabel org.opencontainers.image.authors="\\"Jane\\" \\$HOME   \\\\x"',
    },
    {
      code: '# escape=`\nFROM alpine:3.20\n«MAINTAINER» a\\b "c"',
      errors: [{ messageId: 'deprecated' }],
      output: '# escape=`\nFROM alpine:3.20\nLABEL org.opencontainers.image.authors="a\\b `"c`""',
    },
    { code: 'FROM alpine:3.20\n«MAINTAINER»', errors: [{ messageId: 'deprecated' }], output: null },
  ],
});
