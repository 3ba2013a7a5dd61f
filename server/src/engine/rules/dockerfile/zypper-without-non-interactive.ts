import { defineRule } from '../../define';
import { insert } from '../../fix/edits';
import { unconfirmedCalls } from '../../knowledge/package-manager-checks';

type MessageId = 'interactive' | 'addNonInteractive';

export default defineRule<MessageId>({
  id: 'zypper-without-non-interactive',
  language: 'dockerfile',
  aliases: ['DL3034'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    interactive: '`{{command}}` asks for confirmation, which a build cannot give: zypper aborts and the build fails. Run it as `zypper --non-interactive {{subcommand}}` (or add `-y`).',
    addNonInteractive: 'Add `--non-interactive`',
  },
  docs: {
    summary: 'Flags zypper package changes without `--non-interactive` (`-n`) or `-y`.',
    why:
      'zypper asks before it installs, removes or patches anything. A build has no terminal, so the question goes ' +
      'unanswered and the RUN fails. The global `--non-interactive` (`-n`) option answers every question with its default; ' +
      '`-y` (`--no-confirm`) after the subcommand answers the confirmation.',
    bad: ['FROM opensuse/leap:15.6\nRUN zypper install curl=8.0.1 && zypper clean --all'],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.0.1 && zypper clean --all',
      'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.0.1 && zypper clean --all',
    ],
    fixSafety: 'Safe: it adds `--non-interactive` after `zypper`. The build cannot answer questions, so the default answers are the only way it goes on.',
    differences:
      'hadolint accepts only `-y`/`--no-confirm`, so the usual `zypper -n install` is flagged there. Shipshape accepts `-n`/' +
      '`--non-interactive` too, and also checks `update`, `dist-upgrade` and `install-new-recommends`.',
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
  },
  check({ document, dockerfile, report }) {
    const check = {
      tools: ['zypper'] as const,
      subcommands: ['install', 'in', 'remove', 'rm', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si', 'install-new-recommends', 'inr'],
      yesOptions: ['n', 'non-interactive', 'y', 'no-confirm'],
    };
    for (const { call, step } of unconfirmedCalls(dockerfile, document.pragmas.shell?.name, check)) {
      const subcommand = call.subcommand!;
      report({
        messageId: 'interactive',
        data: { command: dockerfile.text.slice(call.program.span.start, subcommand.span.end), subcommand: subcommand.value },
        span: subcommand.span,
        fixes: step.run.form === 'shell' ? [{ messageId: 'addNonInteractive', safety: 'safe', edits: [insert(call.program.span.end, ' --non-interactive')] }] : [],
      });
    }
  },
});
