import { defineRule, type FixSpec } from '../../define';
import type { DockerfileModel, DockerInstruction } from '../../parse/dockerfile';
import type { ShellScript, ShellWord, SimpleCommand } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { splitArguments } from '../../knowledge/package-managers';
import { removedPathsOf, removesWhole } from '../../knowledge/package-caches';
import { indentationAt, insertLines, lineStartAt, remove } from '../../fix/edits';
import { resolvePath } from '../../text/posix-path';

type MessageId = 'cdInRun' | 'useWorkdir';

export default defineRule<MessageId>({
  id: 'cd-instead-of-workdir',
  language: 'dockerfile',
  aliases: ['DL3003'],
  category: 'maintainability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    cdInRun: '`cd {{dir}}` lasts only until the end of this RUN; set the directory with `WORKDIR {{dir}}` so every later instruction sees it.',
    useWorkdir: 'Replace `cd {{dir}}` with `WORKDIR {{dir}}`',
  },
  docs: {
    summary: 'Flags `cd` in a RUN where a WORKDIR instruction says the same thing once.',
    why:
      'Each RUN starts in the WORKDIR, so a `cd` is forgotten when its RUN ends: the next RUN, COPY or CMD is back in the ' +
      'old directory, and Dockerfiles fill up with repeated `cd /app && …` prefixes that drift apart. WORKDIR sets the ' +
      'directory for every following instruction, creates it if needed and documents it where readers look. A `cd` into a ' +
      'throw-away build directory that the same RUN deletes, or one inside `( … )`, stays local on purpose and is not flagged.',
    bad: ['FROM node:20-alpine\nCOPY . /app\nRUN cd /app && npm ci'],
    good: [
      'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci',
      'FROM debian:12\nRUN curl -fsSLo /tmp/src.tgz https://example.com/src.tgz && mkdir /usr/src/tool && tar -xzf /tmp/src.tgz -C /usr/src/tool \\\n && cd /usr/src/tool && make install && cd / && rm -rf /usr/src/tool /tmp/src.tgz',
      'FROM golang:1.22\nRUN (cd /src/tools && go build -o /usr/local/bin/gen .)',
    ],
    fixSafety:
      'Unsafe: when the RUN starts with `cd <absolute path> &&`, the fix moves the directory into a WORKDIR line before it. ' +
      'WORKDIR stays in effect for every later instruction of the stage (relative COPY destinations, CMD, the running ' +
      'container) and creates the directory if it is missing, where `cd` would have failed.',
    differences:
      'hadolint flags every `cd`. Shipshape leaves alone a `cd` inside a subshell or `$( … )`, into a `mktemp` directory, or ' +
      'into a directory the same RUN removes afterwards (the temporary build directory of the official images), and a ' +
      '`cd /`, `cd ..` or `cd -` that steps back out after an earlier `cd`.',
    references: ['https://docs.docker.com/reference/dockerfile/#workdir', 'https://docs.docker.com/build/building/best-practices/#workdir'],
  },
  check({ dockerfile, document, report }) {
    for (const { run, instruction, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      const cds = script.commands.filter((c) => programOf(c)?.name === 'cd' && !c.inSubshell && !c.inSubstitution);
      for (const [i, cd] of cds.entries()) {
        const dir = targetOf(cd);
        if (dir && isTemporary(dir, cd, script)) continue;
        // `cd /`, `cd ..` or `cd -` after an earlier cd only steps back out (so the build directory can be removed).
        if (i > 0 && ['/', '..', '-', '$OLDPWD'].includes(dir?.value ?? '')) continue;
        const fix = instruction === run && cds.length === 1 && dir ? workdirFix(dockerfile, run, script, cd, dir) : undefined;
        report({ messageId: 'cdInRun', data: { dir: dir?.value ?? '' }, span: cd.span, fixes: fix ? [fix] : [] });
      }
    }
  },
});

function targetOf(cd: SimpleCommand): ShellWord | undefined {
  const program = programOf(cd)!;
  return splitArguments(cd.words.slice(program.argsIndex), { short: '', long: [] }).positional[0];
}

/** A scratch directory: made by `mktemp` (directly or through a variable), or removed again later in the same RUN. */
function isTemporary(dir: ShellWord, cd: SimpleCommand, script: ShellScript): boolean {
  if (/mktemp/.test(dir.raw)) return true;
  const mktempVariables = script.commands
    .filter((c) => c.span.start < cd.span.start)
    .flatMap((c) => c.words.flatMap((w) => /^([A-Za-z_]\w*)=.*mktemp/.exec(w.raw)?.[1] ?? []));
  if (mktempVariables.some((name) => dir.raw.includes(`$${name}`) || dir.raw.includes(`\${${name}}`))) return true;
  const later = script.commands.filter((c) => c.span.start > cd.span.end && ['rm', 'rmdir'].includes(programOf(c)?.name ?? ''));
  // The same word (`cd "node-v$VERSION" … rm -rf "node-v$VERSION"`), or an absolute path the removal covers.
  if (later.some((c) => c.words.some((w) => w.value.replace(/\/+$/, '') === dir.value.replace(/\/+$/, '')))) return true;
  if (dir.dynamic || !dir.value.startsWith('/')) return false;
  const path = resolvePath('/', dir.value);
  return later.some((c) => removedPathsOf(c, undefined).some((r) => removesWhole(r.path, path)));
}

/** `RUN cd /app && npm ci` → `WORKDIR /app` + `RUN npm ci`, when the cd comes first and leads into the rest with `&&`. */
function workdirFix(dockerfile: DockerfileModel, run: DockerInstruction, script: ShellScript, cd: SimpleCommand, dir: ShellWord): FixSpec<MessageId> | undefined {
  const next = script.commands[1];
  if (script.commands[0] !== cd || cd.separator !== '&&' || !next || cd.pipeline || cd.inCondition || cd.redirects) return undefined;
  if (!dir.value.startsWith('/') || dir.dynamic || /\s/.test(dir.value) || run.form !== 'shell' || run.heredocs.length > 0) return undefined;
  const text = dockerfile.text;
  return {
    messageId: 'useWorkdir',
    data: { dir: dir.value },
    safety: 'unsafe',
    edits: [
      insertLines(text, lineStartAt(text, run.span.start), [`WORKDIR ${dir.value}`], indentationAt(text, run.span.start)),
      remove({ start: cd.span.start, end: next.span.start }),
    ],
  };
}
