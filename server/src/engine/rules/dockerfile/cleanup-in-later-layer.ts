import { defineRule, type FixSpec } from '../../define';
import type { Span } from '../../model';
import type { DockerfileModel, DockerInstruction, Stage } from '../../parse/dockerfile';
import type { ShellScript, SimpleCommand } from '../../parse/shell-words';
import { commandsOf, programOf } from '../../parse/run-commands';
import { runsPosixShell } from '../../parse/stage-shell';
import { copyArgsOf } from '../../parse/copy-args';
import { keyValuePairsOf } from '../../parse/key-value-pairs';
import { replace } from '../../fix/edits';
import { continuationLayout, scriptEnd } from '../../fix/run-script-edits';
import { CACHES, cachesCleanedBy, cachesFilledBy, cachesRemovedBy, removedPathsOf, removesWhole, type CacheKind } from '../../knowledge/package-caches';
import { downloadedFiles } from '../../knowledge/downloads';
import { addSourceKind } from '../../knowledge/add-sources';
import { imageFamilyOf } from '../../knowledge/base-images';
import { stageChain } from '../../knowledge/shipped-stages';
import { isAbsolutePath, resolvePath } from '../../text/posix-path';

type MessageId = 'cleanupTooLate' | 'mergeRuns';

export default defineRule<MessageId>({
  id: 'cleanup-in-later-layer',
  language: 'dockerfile',
  aliases: [],
  category: 'image-size',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    cleanupTooLate:
      '`{{cleanup}}` deletes {{what}} from line {{line}}, but a later layer cannot shrink an earlier one: the bytes stay in the image. Clean up in the same instruction that created them.',
    mergeRuns: 'Merge this RUN into the RUN on line {{line}}',
  },
  docs: {
    summary: 'Flags clean-up (`rm -rf`, `apt-get clean`, cache purges) in a later RUN than the one that created the files.',
    why:
      'Each RUN, COPY and ADD adds a layer, and an image is all its layers stacked. Deleting a file in a later RUN only ' +
      'hides it: the bytes are still in the layer that wrote them, still downloaded with every pull, still counted in the ' +
      'image size. Package lists, package caches, downloaded archives and copied sources have to be removed in the same ' +
      'RUN that created them, or never land in a layer at all (a cache mount, a multi-stage build, `--no-cache`).',
    bad: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*',
      'FROM debian:12\nADD https://example.com/tool.tar.gz /tmp/tool.tar.gz\nRUN tar -xzf /tmp/tool.tar.gz -C /opt && rm /tmp/tool.tar.gz',
    ],
    good: [
      'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
      'FROM debian:12\nRUN curl -fsSLo /tmp/tool.tar.gz https://example.com/tool.tar.gz \\\n    && tar -xzf /tmp/tool.tar.gz -C /opt \\\n    && rm /tmp/tool.tar.gz',
    ],
    fixSafety:
      'Unsafe, and only offered when the clean-up RUN directly follows the RUN that created the files: the fix merges the two ' +
      'RUNs with `&&`. The merged RUN is one cache step (changing either part reruns both), and a RUN whose commands are joined ' +
      'by `;` or `||` is left alone, since `&&` would change what runs after a failure. Files from COPY or ADD get no fix: ' +
      'download them in the RUN that uses them, or copy them from a build stage.',
    differences: 'Neither hadolint nor BuildKit looks across layers. Only the final stage and the stages it is built on are checked: a build stage is never shipped.',
    references: ['https://docs.docker.com/build/building/best-practices/#minimize-the-number-of-layers', 'https://docs.docker.com/build/cache/'],
  },
  check({ document, dockerfile, report }) {
    const final = dockerfile.stages[dockerfile.stages.length - 1];
    if (!final) return;
    for (const late of lateCleanups(dockerfile, stageChain(final), document.pragmas.shell?.name)) {
      const line = dockerfile.lines.positionAt(late.origin.span.start).line + 1;
      const fix = late.mergeable ? mergeFix(dockerfile, late.origin, late.run, line) : undefined;
      report({
        messageId: 'cleanupTooLate',
        data: { cleanup: oneLine(dockerfile.text.slice(late.span.start, late.span.end)), what: late.what, line },
        span: late.span,
        fixes: fix ? [fix] : [],
      });
    }
  },
});

interface LateCleanup {
  span: Span;
  /** What it deletes, in words: `the apt package lists`, `` `/tmp/tool.tar.gz` ``. */
  what: string;
  /** The instruction that created it. */
  origin: DockerInstruction;
  run: DockerInstruction;
  /** The origin is a RUN right before this one, and both are simple enough to merge. */
  mergeable: boolean;
}

/** What earlier layers of the chain hold: caches by kind, and files, each with the instruction that wrote it. */
interface Layers {
  caches: Map<CacheKind, DockerInstruction>;
  files: { path: string; origin: DockerInstruction }[];
}

function lateCleanups(dockerfile: DockerfileModel, chain: Stage[], pragmaShell: string | undefined): LateCleanup[] {
  const found: LateCleanup[] = [];
  const layers: Layers = { caches: new Map(), files: [] };
  // Official Debian and Ubuntu images delete downloaded .deb files after every install: there is nothing to clean late.
  const root = chain[0].image;
  const autoCleansApt = !!root && imageFamilyOf(root) === 'debian';
  let workdir: string | undefined;
  let pipCacheDisabled = false;
  let previous: DockerInstruction | undefined;
  for (const instruction of chain.flatMap((s) => s.instructions)) {
    switch (instruction.keyword) {
      case 'FROM':
        previous = undefined;
        continue;
      case 'WORKDIR': {
        const dir = instruction.args[0]?.value;
        workdir = !dir || dir.includes('$') ? undefined : isAbsolutePath(dir) ? resolvePath('/', dir) : workdir && resolvePath(workdir, dir);
        break;
      }
      case 'ENV':
        if (keyValuePairsOf(instruction).some((p) => p.key === 'PIP_NO_CACHE_DIR')) pipCacheDisabled = true;
        break;
      case 'COPY':
      case 'ADD':
        for (const path of copiedPaths(dockerfile, instruction, workdir)) layers.files.push({ path, origin: instruction });
        break;
      case 'RUN': {
        if (!runsPosixShell(instruction, dockerfile, pragmaShell)) break;
        const script = commandsOf(instruction, dockerfile.text, dockerfile.escapeChar);
        for (const late of runLayer(instruction, script, layers, { workdir, pipCacheDisabled, autoCleansApt })) {
          found.push({ ...late, mergeable: late.origin === previous && mergeable(dockerfile, previous, instruction) });
        }
        break;
      }
    }
    previous = instruction;
  }
  return found;
}

interface RunContext {
  workdir: string | undefined;
  pipCacheDisabled: boolean;
  autoCleansApt: boolean;
}

/** Walks one RUN's commands in order: reports clean-ups of earlier layers, and records what this layer leaves behind. */
function runLayer(run: DockerInstruction, script: ShellScript, layers: Layers, context: RunContext): Omit<LateCleanup, 'mergeable'>[] {
  const found: Omit<LateCleanup, 'mergeable'>[] = [];
  /** Per cache kind: whether this RUN last filled it or emptied it. */
  const state = new Map<CacheKind, 'filled' | 'emptied'>();
  const created: string[] = [];
  let cwd = context.workdir;
  const olderCache = (kind: CacheKind) => state.get(kind) !== 'filled' && layers.caches.has(kind) && !(kind === 'apt-archives' && context.autoCleansApt);
  for (const command of script.commands) {
    if (programOf(command)?.name === 'cd' && !command.inSubshell) cwd = changeDirectory(command, cwd);
    const cleaned = cachesCleanedBy(command);
    const stale = cleaned.find(olderCache);
    if (stale) found.push({ span: commandSpan(command), what: CACHES[stale].label, origin: layers.caches.get(stale)!, run });
    for (const kind of cleaned) state.set(kind, 'emptied');
    for (const removed of removedPathsOf(command, cwd)) {
      const kinds = cachesRemovedBy(removed.path, true);
      const staleKind = kinds.find(olderCache);
      const staleFile = layers.files.find((f) => removes(removed.path, f.path));
      if (staleKind) found.push({ span: removed.word.span, what: CACHES[staleKind].label, origin: layers.caches.get(staleKind)!, run });
      else if (staleFile) found.push({ span: removed.word.span, what: `\`${staleFile.path}\``, origin: staleFile.origin, run });
      for (const kind of cachesRemovedBy(removed.path, false)) state.set(kind, 'emptied');
      layers.files = layers.files.filter((f) => !removes(removed.path, f.path));
      created.splice(0, created.length, ...created.filter((path) => !removes(removed.path, path)));
    }
    for (const kind of cachesFilledBy(command, context)) state.set(kind, 'filled');
    created.push(...downloadedFiles(command, cwd).map((f) => f.path));
  }
  for (const [kind, last] of state) {
    if (last === 'filled') layers.caches.set(kind, run);
    else layers.caches.delete(kind);
  }
  for (const path of created) layers.files.push({ path, origin: run });
  return found;
}

/**
 * What a COPY or ADD writes that is worth tracking: downloads, archives and packages (the bulky files people copy in
 * only to unpack or install and delete), and whole directory trees. A small config file deleted later is tidiness,
 * not wasted space, so it is not tracked.
 */
function copiedPaths(dockerfile: DockerfileModel, instruction: DockerInstruction, workdir: string | undefined): string[] {
  const args = copyArgsOf(instruction, dockerfile.text);
  const dest = args?.destination;
  if (!args || !dest || dest.dynamic) return [];
  if (!isAbsolutePath(dest.value) && !workdir) return [];
  const target = resolvePath(workdir ?? '/', dest.value);
  const intoDirectory = args.sources.length > 1 || dest.value.endsWith('/');
  const paths: string[] = [];
  for (const source of args.sources) {
    if (source.dynamic || source.heredoc || /[*?[]/.test(source.value)) continue;
    const kind = instruction.keyword === 'ADD' ? addSourceKind(source.value) : 'local';
    const name = source.value.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^.*\//, '');
    const tree = source.value === '.' || source.value.endsWith('/');
    if (kind === 'url' || (kind === 'local' && BULKY_FILE.test(name))) paths.push(intoDirectory ? resolvePath(target, name) : target);
    else if (kind === 'local' && tree && target !== '/') paths.push(target);
  }
  return paths;
}

/** Archives and packages by name: what gets copied in to be unpacked or installed, then deleted. */
const BULKY_FILE = /\.(tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|zip|7z|rar|deb|rpm|apk|whl|jar|war|ear|gem|nupkg|run|bin|iso|img)$/i;

/** `removed` (a path or a glob) deletes `path`, or a directory holding it. */
function removes(removed: string, path: string): boolean {
  if (!/[*?[]/.test(removed)) return removesWhole(removed, path);
  // `*` and `?` as the shell reads them; anything else (bracket classes included) literally.
  const pattern = new RegExp(`^${removed.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  const parts = path.split('/');
  return parts.some((_, i) => i > 0 && pattern.test(parts.slice(0, i + 1).join('/')));
}

function changeDirectory(command: SimpleCommand, cwd: string | undefined): string | undefined {
  const target = command.words[programOf(command)!.argsIndex]?.value;
  if (!target || target.includes('$') || target === '-') return undefined;
  if (isAbsolutePath(target)) return resolvePath('/', target);
  return cwd && resolvePath(cwd, target);
}

/** From the command's program to its last word, leaving out `sudo`/`VAR=` wrappers. */
function commandSpan(command: SimpleCommand): Span {
  const program = programOf(command);
  const first = program ? command.words[program.argsIndex - 1] : command.words[0];
  return { start: first.span.start, end: command.words[command.words.length - 1].span.end };
}

/**
 * Two RUNs can become `first && second` when nothing but blank lines lies between them, both are shell scripts without
 * here-documents, the second has no flags, and `&&` keeps their meaning: the first may end how it likes, but the second
 * must be a chain of `&&` and pipes, or a command after a `;` or `||` would run even when the first RUN failed.
 */
function mergeable(dockerfile: DockerfileModel, first: DockerInstruction, second: DockerInstruction): boolean {
  const text = dockerfile.text;
  if (first.keyword !== 'RUN' || second.keyword !== 'RUN' || first.form !== 'shell' || second.form !== 'shell') return false;
  if (first.heredocs.length > 0 || second.heredocs.length > 0 || second.flags.length > 0 || !second.argsSpan) return false;
  if (text.slice(first.span.end, second.span.start).trim() !== '') return false;
  const firstScript = commandsOf(first, text, dockerfile.escapeChar);
  const secondScript = commandsOf(second, text, dockerfile.escapeChar);
  if (firstScript.commands.some((c) => c.separator === '&') || secondScript.commands.some((c) => c.separator !== undefined && c.separator !== '&&' && c.separator !== '|')) return false;
  const end = scriptEnd(text, first);
  const lastWord = Math.max(...firstScript.commands.map((c) => c.span.end));
  return end !== undefined && firstScript.commands.length > 0 && !text.slice(lastWord, end).includes('#');
}

function mergeFix(dockerfile: DockerfileModel, first: DockerInstruction, second: DockerInstruction, line: number): FixSpec<MessageId> | undefined {
  const end = scriptEnd(dockerfile.text, first);
  if (end === undefined || !second.argsSpan) return undefined;
  const multiLine = dockerfile.text.slice(first.span.start, end).includes('\n');
  const joiner = multiLine ? continuationLayout(dockerfile.text, dockerfile.escapeChar, first, end).joiner : ' && ';
  return { messageId: 'mergeRuns', data: { line }, safety: 'unsafe', edits: [replace({ start: end, end: second.argsSpan.start }, joiner)] };
}

function oneLine(text: string): string {
  return text.replace(/[\\`]?\s*[\r\n]+\s*/g, ' ').trim();
}
