import { ruleTester } from '#test/rule-tester';
import rule from './sensitive-host-mount';

ruleTester.run(rule, {
  valid: [
    'services:\n  a:\n    image: x:1\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - ./etc:/etc/app\n      - ~/projects/app:/src\n      - /var/run/docker.sock:/var/run/docker.sock\n      - etc:/etc\nvolumes:\n  etc:\n',
    'services:\n  a:\n    image: x:1\n    volumes:\n      - ${CONFIG_DIR}:/etc\n      - type: volume\n        source: root\n        target: /root\nvolumes:\n  root:\n',
  ],
  invalid: [
    {
      code:
        'services:\n  a:\n    image: x:1\n    volumes:\n      - «/»:/host:ro,rslave\n      - «/proc/»:/host/proc:ro\n      - «~/.ssh»:/root/.ssh:ro\n      - «${HOME}/.aws/credentials»:/root/.aws/credentials\n' +
        '      - type: bind\n        source: «/var/run»\n        target: /var/run\n      - «/home/ci/.kube»:/kube\n',
      errors: [
        { messageId: 'systemPath', data: { path: '/', readOnly: 'read-only' } },
        { messageId: 'systemPath', data: { path: '/proc' } },
        { messageId: 'credentials', data: { path: '~/.ssh' } },
        { messageId: 'credentials', data: { path: '~/.aws/credentials' } },
        { messageId: 'systemPath', data: { path: '/var/run' } },
        { messageId: 'credentials' },
      ],
    },
  ],
});
