import { defineRule } from '../../define';
import { isSubcommand, packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';

type MessageId = 'distUpgrade';

export default defineRule<MessageId>({
  id: 'zypper-dist-upgrade',
  language: 'dockerfile',
  aliases: ['DL3035'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    distUpgrade:
      '`zypper {{subcommand}}` moves the image to whatever the repositories offer at build time, possibly a new release, vendor changes included. Update the base image tag instead, or use `zypper patch` / `zypper update` for fixes.',
  },
  docs: {
    summary: 'Flags `zypper dist-upgrade` (`zypper dup`) in a RUN.',
    why:
      '`dist-upgrade` is the tool for moving a system to a new distribution release: it may downgrade, replace or remove ' +
      'packages and switch vendors. In a Dockerfile it makes the image depend on the day it was built rather than on the ' +
      'base image it names, and a rebuild can turn into an unplanned release upgrade. Pick the release with the base image ' +
      'tag; `zypper patch` applies security fixes within it.',
    bad: ['FROM opensuse/leap:15.6\nRUN zypper --non-interactive dist-upgrade && zypper clean --all'],
    good: ['FROM opensuse/leap:15.6\nRUN zypper --non-interactive patch && zypper clean --all'],
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
  },
  check({ document, dockerfile, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if (call.tool !== 'zypper' || !isSubcommand(call, 'dist-upgrade', 'dup') || !call.subcommand) continue;
        report({ messageId: 'distUpgrade', data: { subcommand: call.subcommand.value }, span: call.subcommand.span });
      }
    }
  },
});
