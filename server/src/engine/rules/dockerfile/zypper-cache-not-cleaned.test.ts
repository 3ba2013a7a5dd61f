import { ruleTester } from '#test/rule-tester';
import rule from './zypper-cache-not-cleaned';

ruleTester.run(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean --all',
    'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc -a',
    'FROM opensuse/leap:15.6\nRUN zypper -n in curl && rm -rf /var/cache/zypp/*',
    'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl',
    'FROM opensuse/leap:15.6 AS build\nRUN zypper -n in gcc\nFROM opensuse/leap:15.6\nCOPY --from=build /out /out',
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN «zypper -n install» curl',
      errors: [{ messageId: 'notCleaned', data: { command: 'zypper -n install' } }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean --all',
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper clean \\\n    && «zypper --non-interactive in» curl',
      errors: [{ messageId: 'notCleaned' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper clean \\\n    && zypper --non-interactive in curl \\\n    && zypper clean --all',
    },
  ],
});
