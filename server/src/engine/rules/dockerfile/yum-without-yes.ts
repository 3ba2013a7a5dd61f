import { defineRule } from '../../define';
import { insert } from '../../fix/edits';
import { RPM_CONFIRMATION, unconfirmedCalls } from '../../knowledge/package-manager-checks';

type MessageId = 'noYes' | 'addYes';

export default defineRule<MessageId>({
  id: 'yum-without-yes',
  language: 'dockerfile',
  aliases: ['DL3030'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    noYes: '`{{command}}` without `-y` asks "Is this ok [y/N]", which a build cannot answer: yum gives up and the build fails. Add `-y`.',
    addYes: 'Add `-y`',
  },
  docs: {
    summary: 'Flags `yum install` (and other package changes) without `-y`.',
    why:
      'yum confirms every transaction before it runs. A build has no terminal, so the question goes unanswered, yum exits ' +
      'with "Exiting on user command" and the RUN fails. `-y` (`--assumeyes`) answers yes up front.',
    bad: ['FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all'],
    good: ['FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all'],
    fixSafety: 'Safe: it adds `-y` after the subcommand. The build cannot answer the question, so yes is the only answer that lets it go on.',
    differences:
      'hadolint checks `install`, `groupinstall` and `localinstall`. Shipshape also checks the other subcommands that ask ' +
      '(`remove`, `update`, `upgrade`, `group install`, `module install`, …), and accepts `--setopt=assumeyes=1` and `yes |`.',
    references: ['https://man7.org/linux/man-pages/man8/yum.8.html'],
  },
  check({ document, dockerfile, report }) {
    for (const { call, step, subcommandEnd } of unconfirmedCalls(dockerfile, document.pragmas.shell?.name, { ...RPM_CONFIRMATION, tools: ['yum'] })) {
      report({
        messageId: 'noYes',
        data: { command: dockerfile.text.slice(call.program.span.start, subcommandEnd.span.end) },
        span: { start: call.subcommand!.span.start, end: subcommandEnd.span.end },
        fixes: step.run.form === 'shell' ? [{ messageId: 'addYes', safety: 'safe', edits: [insert(subcommandEnd.span.end, ' -y')] }] : [],
      });
    }
  },
});
