import { ruleTester } from '#test/rule-tester';
import rule from './invalid-expose-port';

ruleTester.run(rule, {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 9000/sctp',
    'FROM nginx:1.27\nEXPOSE 8000-8010 7000-7002/udp',
    'FROM nginx:1.27\nEXPOSE 65535 0',
    'FROM nginx:1.27\nEXPOSE $PORT ${ADMIN_PORT}/tcp',
    'FROM nginx:1.27\nEXPOSE 80/TCP',
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80 «80800»',
      errors: [{ messageId: 'outOfRange', data: { port: 80800 } }],
      output: null,
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE «65000-70000/udp»',
      errors: [{ messageId: 'outOfRange', data: { port: 70000 } }],
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE «8080:80»',
      errors: [{ messageId: 'hostMapping', data: { container: '80' } }],
      output: 'FROM nginx:1.27\nEXPOSE 80',
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE «127.0.0.1:5353:53/udp»',
      errors: [{ messageId: 'hostMapping', data: { container: '53' } }],
      output: 'FROM nginx:1.27\nEXPOSE 53/udp',
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE «http»',
      errors: [{ messageId: 'notAPort', data: { spec: 'http' } }],
      output: null,
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE «9000-8000»',
      errors: [{ messageId: 'badRange' }],
    },
    {
      code: 'FROM nginx:1.27\nEXPOSE «80/http»',
      errors: [{ messageId: 'unknownProtocol', data: { protocol: 'http' } }],
    },
  ],
});
