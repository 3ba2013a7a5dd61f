import { defineRule } from '../../define';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { splitArguments } from '../../knowledge/package-managers';
import type { ShellScript, SimpleCommand } from '../../parse/shell-words';

type MessageId = 'replacesShell';

const SYSTEM_SHELLS = new Set(['/bin/sh', '/usr/bin/sh']);

export default defineRule<MessageId>({
  id: 'ln-replaces-bin-sh',
  language: 'dockerfile',
  aliases: ['DL4005'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    replacesShell:
      'Linking `{{target}}` over `{{link}}` swaps the shell for every script in the image, not just for this Dockerfile. To run the RUN instructions under another shell, use `SHELL ["{{target}}", "-c"]`.',
  },
  docs: {
    summary: 'Flags `ln` commands that replace `/bin/sh`.',
    why:
      'Pointing `/bin/sh` at bash (or another shell) to get its features in RUN instructions changes the system shell for ' +
      'every program in the image: package scripts, init scripts and the application\'s own `system()` calls then run ' +
      'under a shell they were not written or tested for, and a later package upgrade may silently restore the link. The ' +
      'SHELL instruction changes the shell of the Dockerfile\'s RUN, CMD and ENTRYPOINT only, and says so where readers look.',
    bad: ['FROM debian:12\nRUN ln -sf /bin/bash /bin/sh'],
    good: ['FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN source /etc/profile && env'],
    differences:
      'hadolint flags any `ln` with a `/bin/sh` argument. Shipshape only flags a link that replaces `/bin/sh` (with `-f`, or ' +
      'after removing it), not a link pointing to it or one that creates a missing `/bin/sh` in a shell-less image.',
    references: ['https://docs.docker.com/reference/dockerfile/#shell'],
  },
  check({ dockerfile, document, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const command of script.commands) {
        const program = programOf(command);
        if (program?.name !== 'ln') continue;
        const { options, positional } = splitArguments(command.words.slice(program.argsIndex), { short: 'St', long: ['suffix', 'target-directory'] });
        const link = positional[positional.length - 1];
        if (positional.length < 2 || !SYSTEM_SHELLS.has(link.value)) continue;
        // Without `-f` (or an `rm` first) ln refuses an existing /bin/sh: it only creates one where there was none.
        const replaces = options.some((o) => o.name === 'f' || o.name === 'force') || removedBefore(script, command, link.value);
        if (!replaces) continue;
        report({ messageId: 'replacesShell', data: { target: positional[0].value, link: link.value }, span: command.span });
      }
    }
  },
});

function removedBefore(script: ShellScript, ln: SimpleCommand, path: string): boolean {
  return script.commands.some((c) => c.span.start < ln.span.start && programOf(c)?.name === 'rm' && c.words.some((w) => w.value === path));
}
