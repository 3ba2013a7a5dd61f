import { ruleTester } from '#test/rule-tester';
import rule from './expose-protocol-casing';

ruleTester.run(rule, {
  valid: ['FROM nginx:1.27\nEXPOSE 80/tcp 53/udp 8080', 'FROM nginx:1.27\nEXPOSE ${PORT}/${PROTO}', 'FROM nginx:1.27\nEXPOSE 80/HTTP'],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80/«TCP» 53/«Udp» 443',
      errors: [
        { messageId: 'upperCase', data: { lower: 'tcp' } },
        { messageId: 'upperCase', data: { lower: 'udp' } },
      ],
      output: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp 443',
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE 8000-8010/«UDP»',
      errors: [{ messageId: 'upperCase' }],
      output: 'FROM nginx:1.27\nEXPOSE 8000-8010/udp',
    },
  ],
});
