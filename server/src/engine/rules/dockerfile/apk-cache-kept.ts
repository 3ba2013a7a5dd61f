import { defineRule } from '../../define';
import type { SimpleCommand } from '../../parse/shell-words';
import { insert } from '../../fix/edits';
import { callSpan, hasOption, isSubcommand, packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { CACHES, cachesCleanedBy, cachesRemovedBy, mountCovers, removedPathsOf } from '../../knowledge/package-caches';
import { isShipped, shippedStages } from '../../knowledge/shipped-stages';

type MessageId = 'cacheKept' | 'updateKept' | 'addNoCache';

export default defineRule<MessageId>({
  id: 'apk-cache-kept',
  language: 'dockerfile',
  aliases: ['DL3019'],
  category: 'image-size',
  severity: 'info',
  fixable: 'sometimes',
  messages: {
    cacheKept: '`{{command}}` stores the package index in `/var/cache/apk`, and it stays in the layer. Add `--no-cache`.',
    updateKept:
      '`{{command}}` stores the package index in `/var/cache/apk`, and this RUN never removes it. With `apk add --no-cache` the update is not needed; otherwise end the RUN with `rm -rf /var/cache/apk/*`.',
    addNoCache: 'Add `--no-cache`',
  },
  docs: {
    summary: 'Flags `apk add` without `--no-cache` (and `apk update`), which leave the package index in the image.',
    why:
      'Without `--no-cache`, `apk` keeps the repository indexes it fetched (a few megabytes) under `/var/cache/apk`, and the ' +
      'layer keeps them. `--no-cache` fetches a fresh index for this command only and writes nothing to the cache, which also ' +
      'makes a separate `apk update` and a later `rm -rf /var/cache/apk/*` unnecessary.',
    bad: ['FROM alpine:3.19\nRUN apk add curl=8.5.0-r0'],
    good: [
      'FROM alpine:3.19\nRUN apk add --no-cache curl=8.5.0-r0',
      'FROM alpine:3.19\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.5.0-r0',
      'FROM alpine:3.19\nRUN apk add curl=8.5.0-r0 && rm -rf /var/cache/apk/*',
    ],
    fixSafety:
      'Safe: the fix adds `--no-cache` after `add` (or `upgrade`). The same packages are installed; apk fetches the index it ' +
      'needs instead of reading a cached one. `apk update` gets no fix: whether to drop it or clean up after it is your call. ' +
      'No fix for exec-form RUN.',
    differences:
      'Like hadolint, Shipshape accepts a cache mount over the apk cache. It also flags `apk update` and `apk upgrade`, which ' +
      'fill the same cache, skips `--no-network` (nothing is fetched), accepts a tmpfs mount and a RUN that removes ' +
      '`/var/cache/apk` after the install, and only checks the final stage and the stages it is built on: a build stage is never shipped.',
    references: ['https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Local_Cache'],
  },
  check({ document, dockerfile, report }) {
    const shipped = shippedStages(dockerfile);
    for (const { run, instruction, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      if ((run === instruction && !isShipped(stage, shipped)) || CACHES.apk.dirs.some((dir) => mountCovers(run, dir))) continue;
      const commands = script.commands;
      for (const call of packageCommandsIn(script)) {
        if (call.tool !== 'apk' || !isSubcommand(call, 'add', 'upgrade', 'update') || hasOption(call, 'no-cache', 'no-network') || !call.subcommand) continue;
        if (commands.slice(commands.indexOf(call.command) + 1).some(removesApkCache)) continue;
        const span = callSpan(call);
        const update = isSubcommand(call, 'update');
        report({
          messageId: update ? 'updateKept' : 'cacheKept',
          data: { command: dockerfile.text.slice(span.start, span.end) },
          span: update ? span : call.subcommand.span,
          fixes: run.form === 'shell' && !update ? [{ messageId: 'addNoCache', safety: 'safe', edits: [insert(call.subcommand.span.end, ' --no-cache')] }] : [],
        });
      }
    }
  },
});

function removesApkCache(command: SimpleCommand): boolean {
  return cachesCleanedBy(command).includes('apk') || removedPathsOf(command, undefined).some((r) => cachesRemovedBy(r.path, false).includes('apk'));
}
