import { defineRule } from '../../define';
import { insert } from '../../fix/edits';
import { RPM_CONFIRMATION, unconfirmedCalls } from '../../knowledge/package-manager-checks';

type MessageId = 'noYes' | 'addYes';

export default defineRule<MessageId>({
  id: 'dnf-without-yes',
  language: 'dockerfile',
  aliases: ['DL3038'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    noYes: '`{{command}}` without `-y` asks "Is this ok [y/N]", which a build cannot answer: the transaction is cancelled and the build fails. Add `-y`.',
    addYes: 'Add `-y`',
  },
  docs: {
    summary: 'Flags `dnf install` (and other package changes) without `-y`.',
    why:
      'dnf confirms every transaction before it runs. A build has no terminal, so nobody answers, the ' +
      'transaction is cancelled and the RUN fails. `-y` (`--assumeyes`) answers yes up front.',
    bad: ['FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all'],
    good: ['FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all'],
    fixSafety: 'Safe: it adds `-y` after the subcommand. The build cannot answer the question, so yes is the only answer that lets it go on.',
    differences:
      'hadolint checks `install`, `groupinstall` and `localinstall`. Shipshape also checks the other subcommands that ask ' +
      '(`remove`, `upgrade`, `group install`, `module enable`, …), treats `dnf5` as dnf, and accepts `--setopt=assumeyes=1`, ' +
      '`--assumeno` and `yes |`. hadolint also flags `microdnf`, which assumes yes unless its configuration says `assumeyes=0`: ' +
      'Shipshape does not.',
    references: ['https://dnf.readthedocs.io/en/latest/command_ref.html'],
  },
  check({ document, dockerfile, report }) {
    for (const { call, step, subcommandEnd } of unconfirmedCalls(dockerfile, document.pragmas.shell?.name, { ...RPM_CONFIRMATION, tools: ['dnf'] })) {
      report({
        messageId: 'noYes',
        data: { command: dockerfile.text.slice(call.program.span.start, subcommandEnd.span.end) },
        span: { start: call.subcommand!.span.start, end: subcommandEnd.span.end },
        fixes: step.run.form === 'shell' ? [{ messageId: 'addYes', safety: 'safe', edits: [insert(subcommandEnd.span.end, ' -y')] }] : [],
      });
    }
  },
});
