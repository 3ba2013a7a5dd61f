import { ruleTester } from '#test/rule-tester';
import rule from './zypper-dist-upgrade';

ruleTester.run(rule, {
  valid: ['FROM opensuse/leap:15.6\nRUN zypper -n patch && zypper -n update', 'FROM opensuse/leap:15.6\nRUN echo zypper dup'],
  invalid: [
    { code: 'FROM opensuse/leap:15.6\nRUN zypper -n «dist-upgrade»', errors: [{ messageId: 'distUpgrade', data: { subcommand: 'dist-upgrade' } }], output: null },
    { code: 'FROM opensuse/tumbleweed\nRUN zypper --non-interactive «dup» --no-recommends', errors: [{ messageId: 'distUpgrade', data: { subcommand: 'dup' } }] },
  ],
});
