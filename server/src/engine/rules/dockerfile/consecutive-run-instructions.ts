import { defineRule, type FixSpec } from '../../define';
import type { DockerfileModel, DockerInstruction } from '../../parse/dockerfile';
import type { ShellScript } from '../../parse/shell-words';
import { commandsOf, programOf } from '../../parse/run-commands';
import { runsPosixShell } from '../../parse/stage-shell';
import { shippedStages } from '../../knowledge/shipped-stages';
import { eolOf, indentationAt, replace } from '../../fix/edits';

type MessageId = 'consecutiveRuns' | 'mergeRuns';

/** At most this many commands in each RUN: longer RUNs were most likely split on purpose (hadolint's threshold). */
const MAX_COMMANDS = 2;
/** Commands whose effect carries over to the commands after them in one shell (directory, environment, options). */
const STATEFUL = new Set(['cd', 'pushd', 'popd', 'export', 'set', 'unset', 'source', '.', 'umask', 'ulimit', 'trap', 'alias', 'eval', 'exec', 'exit', 'shopt', 'declare', 'typeset', 'local', 'readonly']);

export default defineRule<MessageId>({
  id: 'consecutive-run-instructions',
  language: 'dockerfile',
  aliases: ['DL3059'],
  category: 'image-size',
  severity: 'info',
  fixable: 'sometimes',
  messages: {
    consecutiveRuns: 'This RUN directly follows another (line {{line}}): each RUN adds a layer, and short ones are better merged with `&&`.',
    mergeRuns: 'Merge into the RUN on line {{line}}',
  },
  docs: {
    summary: 'Flags short RUN instructions that directly follow each other and could be one.',
    why:
      'Every RUN creates a layer. Files a RUN deletes that an earlier RUN created still take space in the earlier layer, ' +
      'and many tiny layers make pulls and builds slower. Chaining related commands with `&&` in one RUN keeps the image ' +
      'smaller and the steps visibly together. Splitting on purpose is fine for long steps, to let the build cache reuse ' +
      'an expensive one: RUNs with more than two commands are left alone.',
    bad: ['FROM debian:12\nRUN mkdir -p /app/data\nRUN chown -R 1000:1000 /app'],
    good: ['FROM debian:12\nRUN mkdir -p /app/data \\\n && chown -R 1000:1000 /app'],
    fixSafety:
      'Safe when neither RUN changes shell state (no `cd`, `export`, `set`, variable assignments…): the commands run in the ' +
      'same order and a failure still stops the build. Unsafe otherwise, since the second RUN would then see the directory ' +
      'or variables the first one set. No fix is offered for exec form, here-documents or comments between the two RUNs.',
    differences:
      'Like hadolint, Shipshape ignores RUNs with different flags, RUNs of more than two commands, and counts comments as ' +
      'no interruption. It also skips here-document RUNs, PowerShell or cmd RUNs, and build stages that are only copied ' +
      'from, whose layers never reach the image.',
    references: ['https://docs.docker.com/build/building/best-practices/#run'],
  },
  check({ dockerfile, document, report }) {
    const pragmaShell = document.pragmas.shell?.name;
    // Layers of a stage that is only copied from never reach the image.
    for (const stage of shippedStages(dockerfile)) {
      const steps = stage.instructions;
      for (let i = 1; i < steps.length; i++) {
        const [first, second] = [steps[i - 1], steps[i]];
        if (!mergeable(dockerfile, first, second, pragmaShell)) continue;
        const line = dockerfile.lines.positionAt(first.span.start).line + 1;
        const fix = mergeFix(dockerfile, first, second);
        report({ messageId: 'consecutiveRuns', data: { line }, span: second.keywordSpan, fixes: fix ? [{ ...fix, data: { line } }] : [] });
      }
    }
  },
});

function mergeable(dockerfile: DockerfileModel, first: DockerInstruction, second: DockerInstruction, pragmaShell: string | undefined): boolean {
  if (first.keyword !== 'RUN' || second.keyword !== 'RUN' || first.heredocs.length > 0 || second.heredocs.length > 0) return false;
  if (!runsPosixShell(second, dockerfile, pragmaShell) || flagsOf(dockerfile, first) !== flagsOf(dockerfile, second)) return false;
  return [first, second].every((run) => commandCount(scriptOf(dockerfile, run)) <= MAX_COMMANDS);
}

function scriptOf(dockerfile: DockerfileModel, run: DockerInstruction): ShellScript {
  return commandsOf(run, dockerfile.text, dockerfile.escapeChar);
}

function commandCount(script: ShellScript): number {
  return script.commands.filter((c) => !c.inSubstitution).length;
}

function flagsOf(dockerfile: DockerfileModel, run: DockerInstruction): string {
  return run.flags.map((f) => dockerfile.text.slice(f.span.start, f.span.end)).sort().join(' ');
}

/** Replaces the line break, keyword and flags between the two scripts with ` && \` and a continuation line. */
function mergeFix(dockerfile: DockerfileModel, first: DockerInstruction, second: DockerInstruction): Omit<FixSpec<MessageId>, 'data'> | undefined {
  const text = dockerfile.text;
  if (first.form !== 'shell' || second.form !== 'shell' || !first.argsSpan || !second.argsSpan) return undefined;
  if (/(;|&|\||\\)\s*$/.test(text.slice(first.argsSpan.start, first.argsSpan.end))) return undefined;
  if (text.slice(first.span.end, second.span.start).trim() !== '') return undefined; // a comment between them would end up inside the RUN
  const firstLine = text.slice(first.span.start, first.argsSpan.end);
  const indent = /[\r\n]/.test(firstLine) ? indentationAt(text, first.argsSpan.end) : `${indentationAt(text, first.span.start)}    `;
  const stateful = [first, second].some((run) => scriptOf(dockerfile, run).commands.some((c) => STATEFUL.has(programOf(c)?.name ?? '') || c.words.every((w) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value))));
  return {
    messageId: 'mergeRuns',
    safety: stateful ? 'unsafe' : 'safe',
    edits: [replace({ start: first.argsSpan.end, end: second.argsSpan.start }, ` && ${dockerfile.escapeChar}${eolOf(text)}${indent}`)],
  };
}
