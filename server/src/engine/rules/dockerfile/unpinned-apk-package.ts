import { defineRule } from '../../define';
import { packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { unpinnedPackages } from '../../knowledge/package-pins';

type MessageId = 'unpinned';

export default defineRule<MessageId>({
  id: 'unpinned-apk-package',
  language: 'dockerfile',
  aliases: ['DL3018'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unpinned: '`{{package}}` has no version constraint, so each rebuild installs whatever version the repository offers that day. Pin it: `{{pinned}}` (or `~` for a minor series).',
  },
  docs: {
    summary: 'Flags packages that `apk add` installs without a version constraint.',
    why:
      'An unpinned package is whatever the Alpine repository holds when the image is built: two builds of one commit can ' +
      'ship different versions, and an unrelated rebuild can pull in a breaking change. `curl=8.5.0-r0` pins an exact ' +
      'version; `curl~8.5` accepts patch releases of one series. Alpine removes superseded versions from its repositories, ' +
      'so exact pins need updating with the base image; a `~` constraint ages better.',
    bad: ['FROM alpine:3.19\nRUN apk add --no-cache curl'],
    good: ['FROM alpine:3.19\nRUN apk add --no-cache curl=8.5.0-r0', 'FROM alpine:3.19\nRUN apk add --no-cache --virtual .build-deps "gcc~13.2"'],
    differences:
      'Like hadolint, Shipshape accepts `=` and `~` constraints, skips `.apk` files and the values of `--virtual`/`-t`, ' +
      '`--repository`/`-X`; it also accepts `<`/`>` constraints, skips packages named by variables, and reports each ' +
      'unpinned package at its own word.',
    references: ['https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper'],
  },
  check({ document, dockerfile, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if (call.tool !== 'apk') continue;
        for (const { word, pinned } of unpinnedPackages(call)) report({ messageId: 'unpinned', data: { package: word.value, pinned }, span: word.span });
      }
    }
  },
});
