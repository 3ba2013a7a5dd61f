import { defineRule } from '../../define';
import type { DockerInstruction, Stage } from '../../parse/dockerfile';
import type { ShellScript } from '../../parse/shell-words';
import { keyValuePairsOf } from '../../parse/key-value-pairs';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { hasPipOption, pipInstallOf, type PipInstall } from '../../knowledge/pip-commands';
import { CACHES, cacheMountTargets, cachesCleanedBy, cachesRemovedBy, removedPathsOf } from '../../knowledge/package-caches';
import { isShipped, shippedStages, stageChain } from '../../knowledge/shipped-stages';
import { insertArgument } from '../../fix/run-arguments';

type MessageId = 'pipCache' | 'addNoCacheDir';

/** pip reads these as "on" (it parses the variable as a boolean option). */
const TRUTHY = /^(1|true|yes|on)$/i;

export default defineRule<MessageId>({
  id: 'pip-cache-in-layer',
  language: 'dockerfile',
  aliases: ['DL3042'],
  category: 'image-size',
  severity: 'warning',
  fixable: 'always',
  messages: {
    pipCache: '`pip install` keeps every downloaded wheel in `~/.cache/pip`, and that cache ships in the layer. Add `--no-cache-dir`.',
    addNoCacheDir: 'Add `--no-cache-dir`',
  },
  docs: {
    summary: 'Flags `pip install` that leaves pip\'s download cache in the image.',
    why:
      'pip caches every wheel it downloads or builds under `~/.cache/pip`. In an image nobody reinstalls from that cache, ' +
      'but it stays in the layer: often tens, for data-science stacks hundreds of megabytes. Deleting it in a later RUN ' +
      'does not help, the bytes remain in the earlier layer. `--no-cache-dir`, `ENV PIP_NO_CACHE_DIR=1`, or a BuildKit ' +
      'cache mount (`RUN --mount=type=cache,target=/root/.cache/pip`) keep it out.',
    bad: ['FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt'],
    good: [
      'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
      'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nCOPY requirements.txt .\nRUN pip install -r requirements.txt',
      'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
    ],
    fixSafety: 'Safe: `--no-cache-dir` only stops pip from keeping what it downloads; the installed packages are the same.',
    differences:
      'Like hadolint, Shipshape accepts `PIP_NO_CACHE_DIR` (set by ENV in the stage or a stage it is built on, exported in ' +
      'the script or given on the command line) and skips pipx and pipenv. It also accepts a cache or tmpfs mount over the ' +
      'pip cache, a `pip cache purge` or removal of the cache in the same RUN, and skips build stages that are only copied ' +
      'from, since their layers never ship.',
    references: ['https://pip.pypa.io/en/stable/topics/caching/', 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts'],
  },
  check({ dockerfile, document, report }) {
    const shipped = shippedStages(dockerfile);
    for (const { run, instruction, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      if (instruction === run && !isShipped(stage, shipped)) continue;
      const calls = script.commands.flatMap((c) => pipInstallOf(c) ?? []).filter((call) => !keepsNoCache(call, script));
      if (calls.length === 0 || cacheMounted(run) || cacheDisabledByEnv(run, stage)) continue;
      for (const call of calls) {
        report({
          messageId: 'pipCache',
          span: call.span,
          fixes: [{ messageId: 'addNoCacheDir', safety: 'safe', edits: [insertArgument(run, call.install.span.end, '--no-cache-dir')] }],
        });
      }
    }
  },
});

/** `--no-cache-dir` (pip also takes the prefix `--no-cache`), `PIP_NO_CACHE_DIR=1 pip …`, or the cache emptied later in the RUN. */
function keepsNoCache(call: PipInstall, script: ShellScript): boolean {
  if (hasPipOption(call, 'no-cache-dir', 'no-cache')) return true;
  const program = programOf(call.command)!;
  if (call.command.words.slice(0, program.argsIndex).some((w) => isNoCacheAssignment(w.value))) return true;
  return script.commands.some(
    (c) =>
      (c.span.start < call.span.start && c.words[0]?.value === 'export' && c.words.some((w) => isNoCacheAssignment(w.value))) ||
      (c.span.start > call.span.start && (cachesCleanedBy(c).includes('pip') || removedPathsOf(c, undefined).some((r) => cachesRemovedBy(r.path, false).includes('pip')))),
  );
}

function isNoCacheAssignment(word: string): boolean {
  const match = /^PIP_NO_CACHE_DIR=(.*)$/.exec(word);
  return !!match && TRUTHY.test(match[1]);
}

/** `ENV PIP_NO_CACHE_DIR=1` earlier in the stage or a stage it is built on. */
function cacheDisabledByEnv(run: DockerInstruction, stage: Stage | undefined): boolean {
  if (!stage) return false;
  let disabled = false;
  for (const instruction of stageChain(stage).flatMap((s) => s.instructions)) {
    if (instruction.span.start >= run.span.start) break;
    for (const pair of keyValuePairsOf(instruction)) if (instruction.keyword === 'ENV' && pair.key === 'PIP_NO_CACHE_DIR') disabled = TRUTHY.test(pair.value ?? '');
  }
  return disabled;
}

/** A cache or tmpfs mount over pip's cache (`/root/.cache/pip`, or the `.cache` of any user). */
function cacheMounted(run: DockerInstruction): boolean {
  return cacheMountTargets(run, true).some((target) => CACHES.pip.dirs.some((dir) => dir === target || dir.startsWith(`${target}/`)) || /\/\.cache(\/pip)?$/.test(target));
}
