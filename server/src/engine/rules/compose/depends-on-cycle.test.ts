import { ruleTester } from '#test/rule-tester';
import rule from './depends-on-cycle';

ruleTester.run(rule, {
  valid: [
    'services:\n  a:\n    image: x:1\n    depends_on: [b, c]\n  b:\n    image: x:1\n    depends_on: [c]\n  c:\n    image: x:1\n',
    // extends is not a start-up dependency; unknown names are another rule's business.
    'services:\n  a:\n    image: x:1\n    extends: b\n  b:\n    image: x:1\n    depends_on: [a, ghost]\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    depends_on: [«b»]\n  b:\n    image: x:1\n    depends_on:\n      «c»:\n        condition: service_started\n  c:\n    image: x:1\n    links: ["«a»:alias"]\n  d:\n    image: x:1\n    depends_on: [a]\n',
      errors: [
        { messageId: 'cycle', data: { from: 'a', to: 'b', members: '`a`, `b`, `c`' } },
        { messageId: 'cycle', data: { from: 'b', to: 'c' } },
        { messageId: 'cycle', data: { from: 'c', to: 'a' } },
      ],
      output: null,
    },
    {
      code: 'services:\n  a:\n    image: x:1\n    network_mode: "service:«a»"\n',
      errors: [{ messageId: 'cycle', data: { from: 'a', to: 'a' } }],
      output: null,
    },
  ],
});
