import { defineRule } from '../../define';
import type { Stage } from '../../parse/dockerfile';
import type { SimpleCommand } from '../../parse/shell-words';
import { commandsOf, programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { packageCommandsIn, splitArguments } from '../../knowledge/package-managers';
import { stageChain } from '../../knowledge/shipped-stages';
import { imageFamilyOf, type ImageFamily } from '../../knowledge/base-images';
import { insertArgument } from '../../fix/run-arguments';

type MessageId = 'progressBar' | 'addProgressOption';

/** wget's options that take a value (`-O file`); `-qO-` is `-q` then `-O -`. */
const WGET_SYNTAX = {
  short: 'oaOPeUTtwDAReIBiYXlQ',
  long: ['output-file', 'append-output', 'output-document', 'directory-prefix', 'execute', 'user-agent', 'timeout', 'tries', 'wait', 'header', 'user', 'password', 'input-file', 'base', 'progress'],
};
/** Options that already keep the log short. */
const QUIET = new Set(['progress', 'q', 'quiet', 'no-verbose', 'o', 'output-file', 'a', 'append-output']);

export default defineRule<MessageId>({
  id: 'noisy-wget-progress',
  language: 'dockerfile',
  aliases: ['DL3047'],
  category: 'style',
  severity: 'info',
  fixable: 'always',
  messages: {
    progressBar: '`wget` without `--progress`, `-q` or `-nv` fills the build log with progress-bar lines on large downloads. Add `--progress=dot:giga`.',
    addProgressOption: 'Add `--progress=dot:giga`',
  },
  docs: {
    summary: 'Flags `wget` with its default progress bar, which floods build logs.',
    why:
      'Outside a terminal GNU wget falls back to a dotted progress display that prints a line for every 50 KB: downloading ' +
      'a 200 MB archive writes thousands of lines into the build log, burying the output that matters and slowing CI log ' +
      'viewers. `--progress=dot:giga` prints one dot per megabyte; `-nv` prints one line per file; `-q` prints nothing.',
    bad: ['FROM debian:12\nRUN wget https://example.com/tool-1.2.3.tar.gz'],
    good: ['FROM debian:12\nRUN wget --progress=dot:giga https://example.com/tool-1.2.3.tar.gz', 'FROM debian:12\nRUN wget -nv https://example.com/tool-1.2.3.tar.gz'],
    fixSafety:
      'Safe on Debian and Ubuntu images, whose GNU wget knows `--progress=dot:giga`: only the log output changes. Unsafe on ' +
      'other images, where `wget` may be wget2 or another implementation that rejects the option.',
    differences:
      'Like hadolint, Shipshape accepts `--progress`, `-q`, `-nv`, `-o` and `-a`. It skips Alpine and BusyBox stages unless GNU ' +
      'wget was installed: BusyBox wget has no `--progress` option, so the suggested fix would break the build.',
    references: ['https://www.gnu.org/software/wget/manual/wget.html#index-progress-indicator'],
  },
  check({ dockerfile, document, report }) {
    for (const { run, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      const noisy = script.commands.filter(isNoisyWget);
      if (noisy.length === 0) continue;
      const family = familyOf(stage);
      if ((family === 'alpine' && !installsGnuWget(dockerfile.text, dockerfile.escapeChar, stage!, run.span.start)) || family === 'distroless' || family === 'scratch') continue;
      for (const command of noisy) {
        const word = command.words[programOf(command)!.argsIndex - 1];
        report({
          messageId: 'progressBar',
          span: word.span,
          fixes: [{ messageId: 'addProgressOption', safety: family === 'debian' ? 'safe' : 'unsafe', edits: [insertArgument(run, word.span.end, '--progress=dot:giga')] }],
        });
      }
    }
  },
});

function isNoisyWget(command: SimpleCommand): boolean {
  const program = programOf(command);
  if (program?.name !== 'wget') return false;
  const args = command.words.slice(program.argsIndex);
  return !args.some((w) => w.value === '-nv') && !splitArguments(args, WGET_SYNTAX).options.some((o) => QUIET.has(o.name));
}

function familyOf(stage: Stage | undefined): ImageFamily {
  const image = stage && stageChain(stage)[0].image;
  return image && !image.hasVariables ? imageFamilyOf(image) : 'unknown';
}

/** `apk add wget` before `before` in the stage or the stages it is built on: GNU wget replaces BusyBox's. */
function installsGnuWget(text: string, escapeChar: string, stage: Stage, before: number): boolean {
  const runs = stageChain(stage).flatMap((s) => s.instructions).filter((i) => i.keyword === 'RUN' && i.span.start < before);
  return runs.some((run) => packageCommandsIn(commandsOf(run, text, escapeChar)).some((call) => call.tool === 'apk' && call.operands.some((o) => o.value === 'wget')));
}
