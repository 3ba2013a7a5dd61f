import { defineRule, type FixSpec } from '../../define';
import type { Span } from '../../model';
import { parseExecForm, removeContinuations, type DockerfileModel, type DockerInstruction } from '../../parse/dockerfile';
import { lexShell } from '../../parse/shell-words';
import { shellessBaseOf } from '../../knowledge/shell-availability';
import { execArray, replace } from '../../fix/edits';

type MessageId = 'noShellAtStart' | 'noShellForHealthcheck' | 'toExecForm';

export default defineRule<MessageId>({
  id: 'shell-form-without-shell',
  language: 'dockerfile',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    noShellAtStart:
      '{{keyword}} in shell form runs through `/bin/sh -c`, but `{{image}}` has no shell: the container fails at start with "/bin/sh: no such file or directory". Use exec form.',
    noShellForHealthcheck:
      'HEALTHCHECK CMD in shell form runs through `/bin/sh -c`, but `{{image}}` has no shell: every check fails and the container is reported unhealthy. Use exec form.',
    toExecForm: 'Convert to exec form',
  },
  docs: {
    summary: 'Flags shell-form CMD, ENTRYPOINT and HEALTHCHECK CMD in stages built on `scratch` or a distroless image, which have no shell.',
    why:
      'Shell form means Docker starts `/bin/sh -c "<command>"`. `scratch`, distroless, Chainguard and chiseled images ' +
      'deliberately ship no shell, so the image builds fine and then every container fails the moment it starts, and a ' +
      'shell-form health check fails on every run. Exec form starts the program directly and needs no shell.',
    bad: [
      'FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nENTRYPOINT /app --port 8080',
      'FROM scratch\nCOPY app /app\nHEALTHCHECK CMD /app healthcheck\nCMD ["/app"]',
    ],
    good: [
      'FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nENTRYPOINT ["/app", "--port", "8080"]',
      'FROM gcr.io/distroless/base-debian12:debug\nCMD echo "the debug image has a BusyBox shell"',
    ],
    fixSafety:
      'Safe when the command is plain words: the exec form runs the same program with the same arguments, and the shell ' +
      'form could not run at all. With variables, pipes or `&&` there is no shell to do that work, so there is no fix.',
    differences: 'hadolint and BuildKit do not know which images lack a shell; their shell-form checks (DL3025, JSONArgsRecommended) are style advice.',
    references: ['https://github.com/GoogleContainerTools/distroless#entrypoints', 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (!instruction.stage) continue;
      const command = shellCommandOf(instruction, dockerfile);
      if (!command) continue;
      const base = shellessBaseOf(instruction.stage, dockerfile.text);
      if (!base) continue;
      const healthcheck = instruction.keyword === 'HEALTHCHECK';
      report({
        messageId: healthcheck ? 'noShellForHealthcheck' : 'noShellAtStart',
        data: { keyword: instruction.keyword, image: base.image },
        span: command.span,
        fixes: execFormFix(command),
      });
    }
  },
});

interface ShellCommand {
  span: Span;
  /** The command with line continuations removed. */
  text: string;
}

/** Plain words only: with variables, operators or redirections there is no shell to do that work. */
function execFormFix(command: ShellCommand): FixSpec<MessageId>[] {
  const script = lexShell(command.text);
  const only = script.commands[0];
  if (script.commands.length !== 1 || script.usesShellSyntax || only.words.some((w) => w.dynamic)) return [];
  return [{ messageId: 'toExecForm', safety: 'safe', edits: [replace(command.span, execArray(only.words.map((w) => w.value)))] }];
}

/** The shell-form command of CMD, ENTRYPOINT or `HEALTHCHECK … CMD`, with its span; undefined for exec form. */
function shellCommandOf(instruction: DockerInstruction, dockerfile: DockerfileModel): ShellCommand | undefined {
  const text = dockerfile.text;
  if ((instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') && instruction.form === 'shell' && instruction.argsSpan && instruction.heredocs.length === 0) {
    const span = instruction.argsSpan;
    return { span, text: removeContinuations(text.slice(span.start, span.end), dockerfile.escapeChar).text.trim() };
  }
  if (instruction.keyword !== 'HEALTHCHECK' || !instruction.argsSpan) return undefined;
  const [subcommand, first] = instruction.args;
  if (subcommand?.value.toUpperCase() !== 'CMD' || !first) return undefined;
  const span = { start: first.span.start, end: instruction.argsSpan.end };
  const raw = text.slice(span.start, span.end);
  if (parseExecForm(raw, span.start, dockerfile.escapeChar)) return undefined;
  return { span, text: removeContinuations(raw, dockerfile.escapeChar).text.trim() };
}
