import { ruleTester } from '#test/rule-tester';
import rule from './zypper-without-non-interactive';

ruleTester.run(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in curl && zypper install -y git && zypper rm --no-confirm vim',
    'FROM opensuse/leap:15.6\nRUN zypper refresh && zypper clean --all && zypper search curl',
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper «install» curl && zypper clean',
      errors: [{ messageId: 'interactive', data: { command: 'zypper install', subcommand: 'install' } }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper clean',
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper --root /target «in» curl \\\n && zypper «patch»',
      errors: [{ messageId: 'interactive' }, { messageId: 'interactive' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive --root /target in curl \\\n && zypper --non-interactive patch',
    },
  ],
});
