import { defineRule, type FixSpec } from '../../define';
import type { Edit } from '../../model';
import { insert, replace } from '../../fix/edits';
import { packageCommandsIn, type PackageCommand } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';

type MessageId = 'apt' | 'useAptGet' | 'useAptCache';

/** `apt` subcommands that `apt-get` runs the same way. */
const SAME_IN_APT_GET = new Set([
  'install', 'reinstall', 'remove', 'purge', 'autoremove', 'autopurge', 'update', 'build-dep', 'source', 'download', 'satisfy', 'clean',
  'autoclean', 'changelog', 'dist-upgrade',
]);
/** `apt` subcommands that query the package cache, which `apt-cache` answers. */
const IN_APT_CACHE = new Set(['search', 'show', 'showsrc', 'policy', 'depends', 'rdepends', 'madison', 'showpkg']);

export default defineRule<MessageId>({
  id: 'apt-instead-of-apt-get',
  language: 'dockerfile',
  aliases: ['DL3027'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    apt: '`apt` is meant for people at a terminal: its command line and output may change between releases, and it warns that scripts should not rely on it. Use `{{replacement}}`.',
    useAptGet: 'Use `apt-get`',
    useAptCache: 'Use `apt-cache`',
  },
  docs: {
    summary: 'Flags `apt` in RUN, where `apt-get` or `apt-cache` belongs.',
    why:
      '`apt` is the interactive front end: progress bars, colours, and a command-line interface that Debian does not promise ' +
      'to keep stable (it prints "WARNING: apt does not have a stable CLI interface" when its output is piped). `apt-get` ' +
      'and `apt-cache` are the stable tools for scripts, and a Dockerfile is a script.',
    bad: ['FROM debian:12\nRUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'],
    good: ['FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'],
    fixSafety:
      'Safe: `install`, `remove`, `update` and the like become `apt-get` with the same subcommand; `full-upgrade` becomes ' +
      '`apt-get dist-upgrade`, `upgrade` becomes `apt-get upgrade --with-new-pkgs` (what `apt upgrade` does), and queries ' +
      '(`search`, `show`, `policy`) become `apt-cache`. `apt list` and the other subcommands without a script-friendly twin get no fix.',
    references: ['https://manpages.debian.org/bookworm/apt/apt.8.en.html'],
  },
  check({ document, dockerfile, report }) {
    for (const { run, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if (call.tool !== 'apt') continue;
        const fix = run.form === 'shell' ? replacementOf(call) : undefined;
        const sub = call.subcommand?.value;
        report({
          messageId: 'apt',
          data: { replacement: sub && IN_APT_CACHE.has(sub) ? 'apt-cache' : 'apt-get' },
          span: call.program.span,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
});

function replacementOf(call: PackageCommand): FixSpec<MessageId> | undefined {
  const { program, subcommand } = call;
  // Only the bare word is rewritten (`apt`, `/usr/bin/apt`), never a quoted one.
  if (!subcommand || program.raw !== program.value || !program.value.endsWith('apt')) return undefined;
  const sub = subcommand.value;
  if (IN_APT_CACHE.has(sub)) return { messageId: 'useAptCache', safety: 'safe', edits: [insert(program.span.end, '-cache')] };
  const edits: Edit[] = [insert(program.span.end, '-get')];
  if (sub === 'full-upgrade' && subcommand.raw === sub) edits.push(replace(subcommand.span, 'dist-upgrade'));
  else if (sub === 'upgrade') edits.push(insert(subcommand.span.end, ' --with-new-pkgs'));
  else if (!SAME_IN_APT_GET.has(sub)) return undefined;
  return { messageId: 'useAptGet', safety: 'safe', edits };
}
