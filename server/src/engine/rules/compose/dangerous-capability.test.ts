import { ruleTester } from '#test/rule-tester';
import rule from './dangerous-capability';

ruleTester.run(rule, {
  valid: ['services:\n  a:\n    image: x:1\n    cap_add: [NET_BIND_SERVICE, CHOWN]\n    cap_drop: [ALL, SYS_ADMIN]\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    cap_add:\n      - «ALL»\n      - «cap_sys_admin»\n      - NET_RAW\n      - «"NET_ADMIN"»\n',
      errors: [{ messageId: 'capability', data: { cap: 'ALL' } }, { messageId: 'capability', data: { cap: 'SYS_ADMIN' } }, { messageId: 'capability', data: { cap: 'NET_ADMIN' } }],
    },
  ],
});
