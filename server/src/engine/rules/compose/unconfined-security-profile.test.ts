import { ruleTester } from '#test/rule-tester';
import rule from './unconfined-security-profile';

ruleTester.run(rule, {
  valid: ['services:\n  a:\n    image: x:1\n    security_opt: ["no-new-privileges:true", "seccomp:./profile.json", "apparmor=docker-default", "label=type:svirt_apache_t"]\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    security_opt:\n      - «seccomp:unconfined»\n      - «apparmor=unconfined»\n      - «label:disable»\n      - «systempaths=unconfined»\n',
      errors: [{ messageId: 'unconfined', data: { what: 'seccomp' } }, { messageId: 'unconfined', data: { what: 'AppArmor' } }, { messageId: 'unconfined', data: { what: 'SELinux' } }, { messageId: 'unconfined' }],
    },
  ],
});
