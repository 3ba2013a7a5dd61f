import { ruleTester } from '#test/rule-tester';
import rule from './pointless-command-in-run';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y procps vim openssh-client',
    'FROM mysql:8\nRUN service mysql start && mysql < /init.sql && service mysql stop',
    'FROM debian:12\nRUN systemctl enable nginx',
    'FROM debian:12\nRUN server --port 9000 & sleep 2 && curl -f localhost:9000/health && kill %1',
    'FROM debian:12\nRUN vim -es -c "%s/a/b/g" -c wq /etc/app.conf',
    'FROM debian:12\nRUN --mount=type=ssh ssh -o StrictHostKeyChecking=no git@github.com || true',
    'FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y nginx && «service» nginx start',
      errors: [{ messageId: 'pointless', data: { command: 'service' } }],
      output: null,
    },
    {
      code: 'FROM debian:12\nRUN «ps» aux && «free» -m && «top» -b -n 1',
      errors: [{ messageId: 'pointless', data: { command: 'ps' } }, { messageId: 'pointless', data: { command: 'free' } }, { messageId: 'pointless', data: { command: 'top' } }],
    },
    {
      code: 'FROM debian:12\nRUN «mount» -t tmpfs none /mnt && «vim» /etc/hosts',
      errors: [{ messageId: 'pointless', data: { command: 'mount' } }, { messageId: 'pointless', data: { command: 'vim' } }],
    },
    {
      code: 'FROM debian:12\nRUN «ssh» git@example.com && «shutdown» -h now',
      errors: [{ messageId: 'pointless', data: { command: 'ssh' } }, { messageId: 'pointless', data: { command: 'shutdown' } }],
    },
    {
      code: 'FROM debian:12\nRUN «kill» -9 1',
      errors: [{ messageId: 'pointless', data: { command: 'kill' } }],
    },
  ],
});
