import { defineRule, type FixSpec } from '../../define';
import type { Edit } from '../../model';
import type { DockerInstruction, DockerfileModel, Stage } from '../../parse/dockerfile';
import { commandsOf } from '../../parse/run-commands';
import { dependencyInstallOf, type DependencyInstall } from '../../knowledge/dependency-installs';
import { fullLines, indentationAt, insertLines, lineStartAt, nextLineStart, remove } from '../../fix/edits';
import { isAbsolutePath, resolvePath } from '../../text/posix-path';

type MessageId = 'installAfterCopyAll' | 'copyManifestsFirst' | 'prefetchDependencies';

export default defineRule<MessageId>({
  id: 'install-after-copy-all',
  language: 'dockerfile',
  aliases: [],
  category: 'build-cache',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    installAfterCopyAll:
      '`{{copy}}` copies the whole build context before `{{install}}` (line {{line}}): any source change re-runs the dependency install. Copy the dependency manifests first.',
    copyManifestsFirst: 'Copy dependency manifests first',
    prefetchDependencies: 'Download dependencies from the manifests before copying the sources',
  },
  docs: {
    summary: 'Flags a dependency install that runs after the whole build context was copied.',
    why:
      'The build cache reuses a layer only while everything before it is unchanged. `COPY . .` changes on every commit, ' +
      'so a dependency install after it runs again on every build, even when no dependency changed. Copying only the ' +
      'manifests and lockfiles first keeps the install layer cached until the dependencies really change; builds that took ' +
      'minutes take seconds.',
    bad: ['FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]'],
    good: [
      'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]',
      'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app',
    ],
    fixSafety:
      'Unsafe: when the RUN only installs dependencies, the fix copies the manifests before it and moves the whole-context ' +
      'COPY after it; an install hook that reads other source files would then fail. When the RUN also builds the project ' +
      '(`mvn package`, `cargo build`, `gradle build`), the fix instead adds a manifest COPY and a download-only step ' +
      '(`mvn dependency:go-offline`, `cargo fetch`, `gradle dependencies`) before the whole-context COPY. A RUN that mixes ' +
      'an install with other commands gets no fix: split it first. Nor does an install followed by a RUN that installs ' +
      'with another tool, which the moved COPY would then precede.',
    references: ['https://docs.docker.com/build/cache/optimize/'],
  },
  check({ dockerfile, report }) {
    for (const stage of dockerfile.stages) {
      for (const found of findInstallsAfterCopyAll(dockerfile, stage)) {
        const { copy, run, installs, movable } = found;
        const fix = buildFix(dockerfile, stage, copy, run, installs, movable);
        report({
          messageId: 'installAfterCopyAll',
          data: {
            copy: oneLine(dockerfile.text.slice(copy.span.start, copy.span.end)),
            install: installs.map((i) => i.text).join(' && '),
            line: dockerfile.lines.positionAt(run.span.start).line + 1,
          },
          span: copy.span,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
});

interface Found {
  copy: DockerInstruction;
  run: DockerInstruction;
  installs: { install: DependencyInstall; text: string }[];
  /** The RUN does nothing but install dependencies, so it can run before the sources are copied. */
  movable: boolean;
}

function* findInstallsAfterCopyAll(dockerfile: DockerfileModel, stage: Stage): Generator<Found> {
  const instructions = stage.instructions;
  for (let i = 0; i < instructions.length; i++) {
    const copy = instructions[i];
    if (!copiesWholeContext(copy)) continue;
    const found = firstUncachedInstall(dockerfile, instructions.slice(0, i), instructions.slice(i + 1));
    if (found) yield { copy, ...found };
  }
}

/**
 * The first RUN of `after` that installs dependencies, unless a RUN of `before` already downloaded them from the
 * manifests (`mvn dependency:go-offline`): those stay cached.
 */
function firstUncachedInstall(dockerfile: DockerfileModel, before: DockerInstruction[], after: DockerInstruction[]): Omit<Found, 'copy'> | undefined {
  for (const run of after) {
    if (run.keyword !== 'RUN') continue;
    const script = commandsOf(run, dockerfile.text, dockerfile.escapeChar);
    const installs = script.commands.flatMap((command) => {
      const install = dependencyInstallOf(command);
      return install ? [{ install, text: dockerfile.text.slice(command.span.start, command.span.end) }] : [];
    });
    if (installs.length === 0) continue;
    if (installs.every((x) => prefetchedBefore(dockerfile, before, x.install.tool))) return undefined;
    const onlyInstalls = !script.usesShellSyntax && installs.length === script.commands.length && installs.every((x) => x.install.kind === 'install');
    return { run, installs, movable: onlyInstalls };
  }
  return undefined;
}

function prefetchedBefore(dockerfile: DockerfileModel, earlier: DockerInstruction[], tool: string): boolean {
  return earlier.some(
    (ins) =>
      ins.keyword === 'RUN' &&
      commandsOf(ins, dockerfile.text, dockerfile.escapeChar).commands.some((c) => {
        const install = dependencyInstallOf(c);
        return install?.tool === tool && install.kind === 'install';
      }),
  );
}

/** `COPY . <dest>` / `ADD . <dest>` from the build context (not `--from` another stage or image). */
function copiesWholeContext(instruction: DockerInstruction): boolean {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return false;
  if (instruction.flags.some((f) => f.name === 'from')) return false;
  const words = instruction.form === 'exec' ? instruction.execArgs : instruction.args;
  return words.slice(0, -1).some((w) => w.value === '.' || w.value === './');
}

function buildFix(
  dockerfile: DockerfileModel,
  stage: Stage,
  copy: DockerInstruction,
  run: DockerInstruction,
  installs: Found['installs'],
  movable: boolean,
): FixSpec<MessageId> | undefined {
  const text = dockerfile.text;
  const words = copy.form === 'exec' ? copy.execArgs : copy.args;
  const destWord = words[words.length - 1];
  if (!destWord || copy.form === 'exec') return undefined;
  const keptFlags = copy.flags.filter((f) => ['chown', 'chmod', 'link'].includes(f.name)).map((f) => text.slice(f.span.start, f.span.end));
  const manifestCopies = (dest: string) => manifestCopyLines(installs.map((i) => i.install), dest, keptFlags);

  if (movable) {
    // Manifests go where the whole-context COPY would have put them; the COPY itself moves after the install.
    if (installFollowsMovedCopy(dockerfile, stage, copy, run)) return undefined;
    const crossesWorkdir = stage.instructions.some((ins) => ins.keyword === 'WORKDIR' && ins.span.start > copy.span.start && ins.span.start < run.span.start);
    let dest = destWord.value;
    if (crossesWorkdir && !isAbsolutePath(dest)) {
      const workdir = workdirAt(stage, copy);
      if (!workdir) return undefined;
      dest = resolvePath(workdir, dest);
    }
    if (/\$/.test(dest)) return undefined;
    const copyLines = fullLines(text, copy.span);
    let movedCopy = text.slice(copyLines.start, copyLines.end).replace(/(\r?\n|\r)$/, '');
    if (dest !== destWord.value) {
      const offset = destWord.span.start - copyLines.start;
      movedCopy = movedCopy.slice(0, offset) + dest + movedCopy.slice(offset + destWord.value.length);
    }
    const runStart = lineStartAt(text, run.span.start);
    const edits: Edit[] = [
      remove(copyLines),
      insertLines(text, runStart, manifestCopies(dest), indentationAt(text, run.span.start)),
      insertLines(text, nextLineStart(text, run.span.end - 1), [movedCopy.trimStart()], indentationAt(text, copy.span.start)),
    ];
    return { messageId: 'copyManifestsFirst', safety: 'unsafe', edits };
  }

  const prefetches = [...new Set(installs.map((i) => i.install.prefetch).filter((p): p is string => !!p))];
  if (prefetches.length === 0 || installs.some((i) => i.install.kind !== 'build')) return undefined;
  const copyStart = lineStartAt(text, copy.span.start);
  const lines = [...manifestCopies(destWord.value), ...prefetches.map((p) => `RUN ${p}`)];
  return { messageId: 'prefetchDependencies', safety: 'unsafe', edits: [insertLines(text, copyStart, lines, indentationAt(text, copy.span.start))] };
}

/** Moved after `run`, the COPY would come before another install (`RUN mvn package` after `RUN pip install`) and be flagged again. */
function installFollowsMovedCopy(dockerfile: DockerfileModel, stage: Stage, copy: DockerInstruction, run: DockerInstruction): boolean {
  const runIndex = stage.instructions.indexOf(run);
  const beforeMovedCopy = stage.instructions.slice(0, runIndex + 1).filter((ins) => ins !== copy);
  return firstUncachedInstall(dockerfile, beforeMovedCopy, stage.instructions.slice(runIndex + 1)) !== undefined;
}

/** `COPY` lines for the manifests: files share one line, each directory gets its own so its layout is kept. */
function manifestCopyLines(installs: DependencyInstall[], dest: string, flags: string[]): string[] {
  const base = dest.endsWith('/') ? dest : `${dest}/`;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const path of new Set(installs.flatMap((i) => i.manifests))) (path.endsWith('/') ? dirs : files).push(path);
  const prefix = ['COPY', ...flags].join(' ');
  const lines: string[] = [];
  if (files.length > 0) lines.push(`${prefix} ${files.join(' ')} ${base}`);
  for (const dir of dirs) lines.push(`${prefix} ${dir} ${base}${dir}`);
  return lines;
}

/** The absolute working directory at an instruction, when every WORKDIR before it in the stage is known. */
function workdirAt(stage: Stage, at: DockerInstruction): string | undefined {
  let workdir: string | undefined = '/';
  for (const ins of stage.instructions) {
    if (ins.span.start >= at.span.start) break;
    if (ins.keyword !== 'WORKDIR' || !ins.args[0]) continue;
    const value = ins.args[0].value;
    if (/\$/.test(value)) return undefined;
    workdir = resolvePath(workdir ?? '/', value);
  }
  // An image's own WORKDIR is unknown to us; only an absolute WORKDIR in this stage makes the answer certain.
  const declared = stage.instructions.some((ins) => ins.keyword === 'WORKDIR' && ins.span.start < at.span.start && isAbsolutePath(ins.args[0]?.value ?? ''));
  return declared ? workdir : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\\?\s*[\r\n]+\s*/g, ' ').trim();
}
