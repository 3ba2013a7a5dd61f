import { defineRule, type FixSpec } from '../../define';
import type { DockerfileModel, DockerInstruction } from '../../parse/dockerfile';
import type { ShellScript, SimpleCommand } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { shellAt, type StageShell } from '../../parse/stage-shell';
import { imageFamilyOf } from '../../knowledge/base-images';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { stageChain } from '../../knowledge/shipped-stages';
import { execArray, indentationAt, insertLines, lineStartAt } from '../../fix/edits';

type MessageId = 'pipeWithoutPipefail' | 'addPipefailShell';

/** Producers that cannot fail in a way worth catching; `yes` is even killed by SIGPIPE on purpose. */
const HARMLESS_PRODUCERS = new Set(['echo', 'printf', 'yes', 'true', ':']);

export default defineRule<MessageId>({
  id: 'pipe-without-pipefail',
  language: 'dockerfile',
  aliases: ['DL4006'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    pipeWithoutPipefail:
      'Only the last command of this pipeline decides whether the RUN succeeds: if `{{producer}}` fails, the build goes on with its partial output. Run the shell with `-o pipefail`.',
    addPipefailShell: 'Add `SHELL {{shell}}` before this RUN',
  },
  docs: {
    summary: 'Flags a pipe in a RUN whose shell does not use `pipefail`.',
    why:
      'A pipeline\'s exit status is that of its last command. In `curl -fsSL https://example.com/LATEST | head -n 1 > /etc/version` ' +
      'a failed download leaves an empty file and `head` succeeds, so the build passes and ships a broken image. With ' +
      '`-o pipefail` the pipeline fails when any command in it fails. `/bin/sh` on Debian (dash) has no such option, so set ' +
      'a shell that does with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `/bin/ash` on Alpine), or start the script ' +
      'with `set -o pipefail` where the shell supports it. Pipes into a command that checks its input (`tar -x`, ' +
      '`sha256sum -c`, `grep`) already fail the build when the input is missing, and are not flagged.',
    bad: ['FROM debian:12\nRUN curl -fsSL https://example.com/LATEST | head -n 1 > /etc/version'],
    good: [
      'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/LATEST | head -n 1 > /etc/version',
      'FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://example.com/LATEST | head -n 1 > /etc/version',
      'FROM debian:12\nRUN echo "$SHA256  /tmp/tool.tgz" | sha256sum -c -',
      'FROM debian:12\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt',
    ],
    fixSafety:
      'Unsafe: the fix adds a SHELL instruction before the RUN, so this and every later RUN of the stage run under bash (ash on ' +
      'Alpine) with pipefail; scripts written for `sh` may behave differently, and a pipeline that relied on an ignored failure ' +
      'now fails. Offered only for images known to ship that shell (Debian, Ubuntu, Red Hat families, Alpine).',
    differences:
      'hadolint flags every pipe. Shipshape leaves alone pipes fed by `echo`, `printf` or `yes`, which cannot fail (and ' +
      '`yes` always dies of SIGPIPE, so pipefail would break `yes | cmd`); pipes into a command that itself fails on missing ' +
      'or truncated input (`sha256sum -c`, `tar -x`, `grep`, `gpg --import`), which stops the build anyway; and pipes inside ' +
      '`$( … )`, whose output becomes a value. It accepts `set -o pipefail` in the script before the pipe, ' +
      '`-o pipefail` given to any shell (BusyBox `sh` supports it), and a SHELL inherited from the stage the stage is built ' +
      'on. ONBUILD triggers are skipped: they run under the shell of an image we cannot see.',
    references: ['https://docs.docker.com/reference/dockerfile/#shell', 'https://www.gnu.org/software/bash/manual/html_node/Pipelines.html'],
  },
  check({ dockerfile, document, report }) {
    const pragmaShell = document.pragmas.shell?.name;
    for (const { run, instruction, script } of posixRunSteps(dockerfile, pragmaShell)) {
      if (instruction !== run) continue;
      const shell = shellAt(run, dockerfile, pragmaShell);
      if (shell.pipefail) continue;
      const pipe = firstUnprotectedPipe(script);
      if (!pipe) continue;
      const fix = pipefailShellFix(dockerfile, run, shell);
      report({
        messageId: 'pipeWithoutPipefail',
        data: { producer: pipe.producer },
        span: pipe.span,
        fixes: fix ? [fix] : [],
      });
    }
  },
});

/** The first `|` whose failure the RUN would miss, with the command before it. */
function firstUnprotectedPipe(script: ShellScript): { span: { start: number; end: number }; producer: string } | undefined {
  for (const [index, pipeline] of (script.pipelines ?? []).entries()) {
    if (script.pipefailFrom !== undefined && pipeline.span.start > script.pipefailFrom) continue;
    const stages = Array.from({ length: pipeline.stages }, (_, stage) => script.commands.filter((c) => c.pipeline?.index === index && c.pipeline.stage === stage));
    // `x="$(a | b)"`: the output becomes a value that the following commands check, and hadolint's advice would not reach it anyway.
    if (stages.flat().every((c) => c.inSubstitution)) continue;
    // A stage's failure is caught when it cannot fail, or when the next stage fails on missing input and is caught itself.
    const caught: boolean[] = [];
    caught[pipeline.stages - 1] = true;
    for (let stage = pipeline.stages - 2; stage >= 0; stage--) {
      const harmless = stages[stage].length > 0 && stages[stage].every((c) => HARMLESS_PRODUCERS.has(programOf(c)?.name ?? ''));
      caught[stage] = harmless || (stages[stage + 1].length === 1 && failsOnMissingInput(stages[stage + 1][0]) && caught[stage + 1]);
    }
    const stage = caught.findIndex((c) => !c);
    if (stage < 0 || !pipeline.pipes[stage]) continue;
    const first = stages[stage][0];
    return { span: pipeline.pipes[stage], producer: first ? (programOf(first)?.name ?? first.words[0].value) : 'the command' };
  }
  return undefined;
}

/** Consumers that fail when their input is missing or cut short: a failed producer fails them too. */
function failsOnMissingInput(command: SimpleCommand): boolean {
  const program = programOf(command);
  if (!program) return false;
  const args = command.words.slice(program.argsIndex).map((w) => w.value);
  const shortFlags = args.filter((a) => /^-[A-Za-z]+$/.test(a)).join('');
  switch (program.name) {
    case 'sha1sum': case 'sha224sum': case 'sha256sum': case 'sha384sum': case 'sha512sum': case 'md5sum': case 'b2sum': case 'shasum':
      return shortFlags.includes('c') || args.includes('--check');
    case 'tar':
      return /[xt]/.test(shortFlags) || args.some((a) => a === '--extract' || a === '--get' || a === '--list') || /^[A-Za-z]*[xt][A-Za-z]*$/.test(args[0] ?? '');
    case 'grep': case 'egrep': case 'fgrep':
      return !shortFlags.includes('v') && !args.includes('--invert-match');
    case 'gpg':
      return args.includes('--import') || args.includes('--verify');
    case 'apt-key':
      return args[0] === 'add';
    default:
      return false;
  }
}

/** `SHELL [<shell>, "-o", "pipefail", "-c"]` before the RUN, with a shell the image is known to have. */
function pipefailShellFix(dockerfile: DockerfileModel, run: DockerInstruction, shell: StageShell): FixSpec<MessageId> | undefined {
  const argv = pipefailArgv(run, shell);
  if (!argv) return undefined;
  const text = dockerfile.text;
  const line = execArray(argv);
  return {
    messageId: 'addPipefailShell',
    data: { shell: line },
    safety: 'unsafe',
    edits: [insertLines(text, lineStartAt(text, run.span.start), [`SHELL ${line}`], indentationAt(text, run.span.start))],
  };
}

function pipefailArgv(run: DockerInstruction, shell: StageShell): string[] | undefined {
  // A shell chosen by SHELL keeps its path and options; only `-o pipefail` is added in front of them.
  if (shell.instruction && ['bash', 'zsh', 'ash', 'ksh', 'mksh'].includes(shell.program)) return [shell.argv[0], '-o', 'pipefail', ...shell.argv.slice(1)];
  if (shell.instruction || !run.stage) return undefined;
  const image = stageChain(run.stage)[0].image;
  const family = image && !image.hasVariables ? imageFamilyOf(image) : 'unknown';
  if (family === 'debian' || family === 'rhel') return ['/bin/bash', '-o', 'pipefail', '-c'];
  if (family === 'alpine') return ['/bin/ash', '-o', 'pipefail', '-c'];
  return undefined;
}
