import { defineRule, type FixSpec } from '../../define';
import type { DockerInstruction } from '../../parse/dockerfile';
import type { ShellScript, SimpleCommand } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { splitArguments } from '../../knowledge/package-managers';
import { CACHES, cacheMountTargets, cachesCleanedBy, cachesRemovedBy, removedPathsOf } from '../../knowledge/package-caches';
import { isShipped, shippedStages } from '../../knowledge/shipped-stages';
import { insertAfterCommand } from '../../fix/run-script-edits';

type MessageId = 'yarnCache' | 'addCacheClean';

export default defineRule<MessageId>({
  id: 'yarn-cache-not-cleaned',
  language: 'dockerfile',
  aliases: ['DL3060'],
  category: 'image-size',
  severity: 'info',
  fixable: 'sometimes',
  messages: {
    yarnCache: '`{{command}}` fills yarn\'s global cache, and nothing in this RUN removes it, so it ships in the layer. Add `yarn cache clean` to the same RUN.',
    addCacheClean: 'Add `&& yarn cache clean` after the last yarn install',
  },
  docs: {
    summary: 'Flags `yarn install` (or `yarn add`) in a RUN that does not clean yarn\'s cache.',
    why:
      'Yarn keeps a copy of every package it downloads in its global cache (`/usr/local/share/.cache/yarn` for root). After ' +
      'the install the copy in `node_modules` is all the image needs, but the cache, often as large as `node_modules` ' +
      'itself, stays in the layer. Cleaning it in a later RUN does not help. Run `yarn cache clean` in the same RUN, or ' +
      'keep the cache out of the image with `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`.',
    bad: ['FROM node:20-alpine\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile'],
    good: [
      'FROM node:20-alpine\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean',
      'FROM node:20-alpine\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile',
    ],
    fixSafety:
      'Unsafe: with Yarn 1 (the version in the official Node images) cleaning only drops the global cache. With Yarn 2 ' +
      'and later, `yarn cache clean` empties the project\'s `.yarn/cache`, which Plug\'n\'Play installs load packages from.',
    differences:
      'Like hadolint, Shipshape looks for `yarn cache clean` in the same RUN. It also reads a bare `yarn` and `yarn add` as ' +
      'installs, accepts a cache mount or an `rm` of the cache, and skips build stages whose layers never ship.',
    references: ['https://classic.yarnpkg.com/en/docs/cli/cache', 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts'],
  },
  check({ dockerfile, document, report }) {
    const shipped = shippedStages(dockerfile);
    for (const { run, instruction, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      if ((instruction === run && !isShipped(stage, shipped)) || cacheMounted(run)) continue;
      const installs = script.commands.filter(isYarnInstall);
      if (installs.length === 0 || cleansCache(script, installs[0])) continue;
      const first = installs[0];
      const program = programOf(first)!;
      const text = dockerfile.text.slice(first.words[program.argsIndex - 1].span.start, first.span.end);
      const fix = run.form === 'shell' ? cleanFix(dockerfile.text, dockerfile.escapeChar, run, script, installs[installs.length - 1]) : undefined;
      report({ messageId: 'yarnCache', data: { command: text.length > 40 ? `${text.slice(0, 37)}…` : text }, span: first.span, fixes: fix ? [fix] : [] });
    }
  },
});

/** `yarn`, `yarn install`, `yarn add …`, `yarn global add …`. */
function isYarnInstall(command: SimpleCommand): boolean {
  const program = programOf(command);
  if (program?.name !== 'yarn') return false;
  const { options, positional } = splitArguments(command.words.slice(program.argsIndex), { short: '', long: ['cwd', 'cache-folder', 'modules-folder', 'network-timeout', 'registry', 'mutex'] });
  const [sub, next] = positional.map((w) => w.value);
  if (sub === undefined) return !options.some((o) => ['v', 'version', 'h', 'help'].includes(o.name));
  return sub === 'install' || sub === 'add' || (sub === 'global' && next === 'add');
}

function cleansCache(script: ShellScript, after: SimpleCommand): boolean {
  return script.commands.some(
    (c) => c.span.start > after.span.start && (cachesCleanedBy(c).includes('yarn') || removedPathsOf(c, undefined).some((r) => cachesRemovedBy(r.path, false).includes('yarn'))),
  );
}

function cacheMounted(run: DockerInstruction): boolean {
  return cacheMountTargets(run, true).some((target) => CACHES.yarn.dirs.some((dir) => dir === target || dir.startsWith(`${target}/`)) || /yarn/.test(target));
}

/** ` && yarn cache clean` right after the last install, when it is a plain step of the script. */
function cleanFix(text: string, escapeChar: string, run: DockerInstruction, script: ShellScript, last: SimpleCommand): FixSpec<MessageId> | undefined {
  if (last.pipeline || last.inSubshell || last.inSubstitution || last.inCondition || last.redirects) return undefined;
  if (last.separator !== undefined && last.separator !== '&&' && last.separator !== ';' && last.separator !== '\n') return undefined;
  // `yarn install ["a` with its quote left open: the addition would be quoted text.
  const edit = insertAfterCommand(text, escapeChar, run, script, last.span.end, 'yarn cache clean');
  return edit && { messageId: 'addCacheClean', safety: 'unsafe', edits: [edit] };
}
