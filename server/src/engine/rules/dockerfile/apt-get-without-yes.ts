import { defineRule } from '../../define';
import { insert } from '../../fix/edits';
import { aptConfiguredBefore, aptOptionSets, callSpan, fedByYes, hasOption, isAptSimulation, isSubcommand, packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';

type MessageId = 'noYes' | 'addYes';

/** Subcommands that ask "Do you want to continue?" before changing packages. */
const CHANGING = ['install', 'reinstall', 'remove', 'purge', 'autoremove', 'autopurge', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'satisfy'];
const YES = ['true', 'yes', '1'];

export default defineRule<MessageId>({
  id: 'apt-get-without-yes',
  language: 'dockerfile',
  aliases: ['DL3014'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    noYes: '`{{command}}` without `-y` stops to ask for confirmation, which a build cannot give: apt aborts and the build fails. Add `-y`.',
    addYes: 'Add `-y`',
  },
  docs: {
    summary: 'Flags `apt-get install` (and other package changes) without `-y`.',
    why:
      'A build has no terminal to answer apt\'s "Do you want to continue? [Y/n]". Whenever an install pulls in more packages ' +
      'than were named, or removes one, apt asks, reads no answer, aborts, and the RUN fails. It may work today and fail ' +
      'after an unrelated dependency change. `-y` answers yes up front.',
    bad: ['FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'],
    good: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
      'FROM debian:12\nRUN apt-get update && apt-get install -qq --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    ],
    fixSafety: 'Safe: it adds `-y` right after the subcommand. A build cannot answer the question, so yes is the only answer that lets it go on.',
    differences:
      'hadolint checks only `apt-get install` and accepts a single `-q`, which does not answer anything (only `-qq` implies `-y`). ' +
      'Shipshape also checks `apt` and the other subcommands that ask (`remove`, `purge`, `upgrade`, …), and accepts ' +
      '`-o APT::Get::Assume-Yes=true`, an earlier RUN that writes that setting to an apt configuration file, and `yes |`; ' +
      'a simulated install (`apt-get install -s`) asks nothing and is skipped.',
    references: ['https://manpages.debian.org/bookworm/apt/apt-get.8.en.html'],
  },
  check({ document, dockerfile, report }) {
    const text = dockerfile.text;
    for (const { run, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if ((call.tool !== 'apt-get' && call.tool !== 'apt') || !isSubcommand(call, ...CHANGING) || !call.subcommand || isAptSimulation(call)) continue;
        if (hasOption(call, 'y', 'yes', 'assume-yes', 'force-yes') || call.options.filter((o) => o.name === 'q').length >= 2) continue;
        if (call.options.some((o) => o.name === 'quiet' && o.value === '2') || aptOptionSets(call, 'APT::Get::Assume-Yes', YES)) continue;
        if (fedByYes(script, call.command) || aptConfiguredBefore(text, run, stage, 'APT::Get::Assume-Yes', YES)) continue;
        const span = callSpan(call);
        report({
          messageId: 'noYes',
          data: { command: text.slice(span.start, span.end) },
          span: call.subcommand.span,
          fixes: run.form === 'shell' ? [{ messageId: 'addYes', safety: 'safe', edits: [insert(call.subcommand.span.end, ' -y')] }] : [],
        });
      }
    }
  },
});
