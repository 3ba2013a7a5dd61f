import { defineRule } from '../../define';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { splitArguments } from '../../knowledge/package-managers';
import { insertArgument } from '../../fix/run-arguments';

type MessageId = 'lastlogBloat' | 'addNoLogInit';

/** useradd's options that take a value. */
const USERADD_SYNTAX = {
  short: 'bcdefgGkKpRPsuZ',
  long: ['base-dir', 'comment', 'home-dir', 'expiredate', 'inactive', 'gid', 'groups', 'skel', 'key', 'password', 'root', 'prefix', 'shell', 'uid', 'selinux-user', 'btrfs-subvolume-home'],
};
/** hadolint's threshold: a UID of six digits or more. lastlog reserves about 300 bytes per possible UID below it. */
const LARGE_UID = 100_000;

export default defineRule<MessageId>({
  id: 'useradd-lastlog-bloat',
  language: 'dockerfile',
  aliases: ['DL3046'],
  category: 'image-size',
  severity: 'warning',
  fixable: 'always',
  messages: {
    lastlogBloat:
      '`useradd` with UID {{uid}} writes a `/var/log/lastlog` of about {{size}} MB (a sparse file that image layers store in full). Add `-l` (`--no-log-init`).',
    addNoLogInit: 'Add `-l` (do not initialise lastlog and faillog)',
  },
  docs: {
    summary: 'Flags `useradd` with a large UID and without `-l`, which bloats the image with a mostly empty log file.',
    why:
      '`useradd` records each user in `/var/log/lastlog` and `faillog`, files indexed by UID. For UID 1000000000 the file is ' +
      'nominally hundreds of gigabytes; on disk it is sparse, but layer archives do not keep holes, so the build stalls ' +
      'writing zeros and the image grows accordingly. Containers never use these logs: `-l` (`--no-log-init`) skips them.',
    bad: ['FROM debian:12\nRUN useradd -u 1000680000 -m app'],
    good: ['FROM debian:12\nRUN useradd -l -u 1000680000 -m app', 'FROM debian:12\nRUN useradd -u 1001 -m app'],
    fixSafety: 'Safe: `-l` only stops useradd from adding the user to the login records, which a container never reads.',
    references: ['https://github.com/moby/moby/issues/5419', 'https://manpages.debian.org/bookworm/passwd/useradd.8.en.html'],
  },
  check({ dockerfile, document, report }) {
    for (const { run, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const command of script.commands) {
        const program = programOf(command);
        if (program?.name !== 'useradd') continue;
        const { options } = splitArguments(command.words.slice(program.argsIndex), USERADD_SYNTAX);
        if (options.some((o) => o.name === 'l' || o.name === 'no-log-init')) continue;
        const uid = options.find((o) => o.name === 'u' || o.name === 'uid');
        if (!uid?.value || !/^\d+$/.test(uid.value) || Number(uid.value) < LARGE_UID) continue;
        const programWord = command.words[program.argsIndex - 1];
        const uidWord = uid.word.value.endsWith(uid.value) ? uid.word : command.words[command.words.indexOf(uid.word) + 1];
        report({
          messageId: 'lastlogBloat',
          data: { uid: uid.value, size: Math.max(1, Math.round((Number(uid.value) * 292) / 1_000_000)) },
          span: { start: programWord.span.start, end: uidWord.span.end },
          fixes: [{ messageId: 'addNoLogInit', safety: 'safe', edits: [insertArgument(run, programWord.span.end, '-l')] }],
        });
      }
    }
  },
});
