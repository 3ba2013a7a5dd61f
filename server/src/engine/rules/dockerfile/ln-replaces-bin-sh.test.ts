import { ruleTester } from '#test/rule-tester';
import rule from './ln-replaces-bin-sh';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo hi',
    'FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/sh',
    'FROM debian:12\nRUN ln -sf /usr/share/zoneinfo/UTC /etc/localtime',
    'FROM scratch\nRUN ["/busybox/ln", "-s", "/busybox/sh", "/bin/sh"]',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN «ln -sf /bin/bash /bin/sh» && echo done',
      errors: [{ messageId: 'replacesShell', data: { target: '/bin/bash', link: '/bin/sh' } }],
      output: null,
    },
    {
      code: 'FROM debian:12\nRUN rm /bin/sh && «ln -s bash /bin/sh»',
      errors: [{ messageId: 'replacesShell', data: { target: 'bash' } }],
    },
  ],
});
