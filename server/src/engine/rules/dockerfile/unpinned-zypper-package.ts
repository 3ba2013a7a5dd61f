import { defineRule } from '../../define';
import { packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { unpinnedPackages } from '../../knowledge/package-pins';

type MessageId = 'unpinned';

export default defineRule<MessageId>({
  id: 'unpinned-zypper-package',
  language: 'dockerfile',
  aliases: ['DL3037'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unpinned: '`{{package}}` has no version, so each rebuild installs whatever the repository offers that day. Pin it: `{{pinned}}` (or a range like `>=`).',
  },
  docs: {
    summary: 'Flags packages that `zypper install` installs without a version.',
    why:
      'Without a version, zypper installs the newest package the repositories hold at build time: two builds of one commit ' +
      'can ship different software, and an unrelated rebuild can bring in a breaking update. `curl=8.0.1` pins it; ' +
      '`\'curl>=8.0\'` sets a floor.',
    bad: ['FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper clean --all'],
    good: ['FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.0.1 && zypper clean --all'],
    differences:
      'Like hadolint, Shipshape accepts `=`, `<`, `>` and `.rpm` files. It also skips patterns and products (`-t pattern`), ' +
      'capabilities, URLs and variables, and reports each package at its own word.',
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
  },
  check({ document, dockerfile, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if (call.tool !== 'zypper') continue;
        for (const { word, pinned } of unpinnedPackages(call)) report({ messageId: 'unpinned', data: { package: word.value, pinned }, span: word.span });
      }
    }
  },
});
