import { ruleTester } from '#test/rule-tester';
import rule from './docker-socket-mount';

ruleTester.run(rule, {
  valid: [
    'services:\n  a:\n    image: x:1\n    volumes:\n      - ./docker.sock:/var/run/docker.sock\n      - data:/var/run\n      - /var/run/docker.sock\nvolumes:\n  data:\n',
    'services:\n  a:\n    image: x:1\n    volumes:\n      - "${DOCKER_HOST_SOCKET}:/var/run/docker.sock"\n',
  ],
  invalid: [
    {
      code:
        'services:\n  a:\n    image: x:1\n    volumes:\n      - «/var/run/docker.sock»:/var/run/docker.sock:ro\n      - type: bind\n        source: «/run/podman/podman.sock»\n        target: /var/run/docker.sock\n' +
        '      - «/run/user/1000/docker.sock»:/var/run/docker.sock\n      - «$HOME/.docker/run/docker.sock»:/var/run/docker.sock\n',
      errors: [
        { messageId: 'socket', data: { daemon: 'Docker', readOnly: 'read-only does not help' } },
        { messageId: 'socket', data: { daemon: 'Podman' } },
        { messageId: 'socket' },
        { messageId: 'socket', data: { path: '~/.docker/run/docker.sock' } },
      ],
    },
  ],
});
