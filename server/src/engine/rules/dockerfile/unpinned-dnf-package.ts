import { defineRule } from '../../define';
import { packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { unpinnedModules, unpinnedPackages } from '../../knowledge/package-pins';

type MessageId = 'unpinned' | 'unpinnedModule';

export default defineRule<MessageId>({
  id: 'unpinned-dnf-package',
  language: 'dockerfile',
  aliases: ['DL3041'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unpinned: '`{{package}}` has no version, so each rebuild installs whatever the repository offers that day. Pin it: `{{pinned}}`.',
    unpinnedModule: 'Module `{{package}}` has no stream, so the repository\'s default stream decides what gets installed. Name it: `{{pinned}}`.',
  },
  docs: {
    summary: 'Flags packages that `dnf install` or `microdnf install` installs without a version.',
    why:
      'Without a version, dnf installs the newest package the repositories hold at build time: two builds of one commit can ' +
      'ship different software, and an unrelated rebuild can bring in a breaking update. `httpd-2.4.62` (or ' +
      '`httpd-2.4.62-1.fc40`) pins it; a module install names its stream (`nodejs:20`).',
    bad: ['FROM fedora:40\nRUN dnf install -y httpd && dnf clean all'],
    good: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
      'FROM fedora:40\nRUN dnf module install -y nodejs:20/common && dnf clean all',
    ],
    differences:
      'Like hadolint, Shipshape skips `.rpm` files and asks module installs for a stream. It wants the part after the last ' +
      'dash to start with a digit, so `java-17-openjdk` counts as a name, not a version; it also skips URLs, groups ' +
      '(`@core`), capabilities (`perl(JSON)`) and variables, treats `dnf5` as dnf, and reports each package at its own word.',
    references: ['https://dnf.readthedocs.io/en/latest/command_ref.html#install-command'],
  },
  check({ document, dockerfile, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if (call.tool !== 'dnf' && call.tool !== 'microdnf') continue;
        for (const { word, pinned } of unpinnedPackages(call)) report({ messageId: 'unpinned', data: { package: word.value, pinned }, span: word.span });
        for (const { word, pinned } of unpinnedModules(call)) report({ messageId: 'unpinnedModule', data: { package: word.value, pinned }, span: word.span });
      }
    }
  },
});
