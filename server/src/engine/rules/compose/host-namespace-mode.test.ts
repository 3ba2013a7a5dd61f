import { ruleTester } from '#test/rule-tester';
import rule from './host-namespace-mode';

ruleTester.run(rule, {
  valid: ['services:\n  a:\n    image: x:1\n    network_mode: bridge\n    pid: "service:b"\n    ipc: shareable\n  b:\n    image: x:1\n', 'services:\n  a:\n    image: x:1\n    network_mode: ${MODE}\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    network_mode: «host»\n    pid: «"host"»\n    ipc: «host»\n    userns_mode: «host»\n    cgroup: «host»\n    uts: «host»\n',
      errors: [
        { messageId: 'hostNamespace', data: { key: 'network_mode' } },
        { messageId: 'hostNamespace', data: { key: 'pid' } },
        { messageId: 'hostNamespace', data: { key: 'ipc' } },
        { messageId: 'hostNamespace', data: { key: 'userns_mode' } },
        { messageId: 'hostNamespace', data: { key: 'cgroup' } },
        { messageId: 'hostNamespace', data: { key: 'uts' } },
      ],
    },
  ],
});
