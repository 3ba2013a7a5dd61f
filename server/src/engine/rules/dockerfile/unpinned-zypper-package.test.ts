import { ruleTester } from '#test/rule-tester';
import rule from './unpinned-zypper-package';

ruleTester.run(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.0.1 "git>=2.40" \'vim<10\' /tmp/tool-1.0.rpm',
    'FROM opensuse/leap:15.6\nRUN zypper -n install -t pattern devel_basis && zypper -n in --type product SLES',
    'FROM opensuse/leap:15.6\nRUN zypper -n in --from repo-oss "perl(JSON)" $EXTRA',
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install «curl» git=2.43.0 && zypper --non-interactive in -r repo-oss «vim»',
      errors: [{ messageId: 'unpinned', data: { package: 'curl', pinned: 'curl=<version>' } }, { messageId: 'unpinned', data: { package: 'vim' } }],
      output: null,
    },
  ],
});
