import { defineRule } from '../../define';
import { packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { unpinnedModules, unpinnedPackages } from '../../knowledge/package-pins';

type MessageId = 'unpinned' | 'unpinnedModule';

export default defineRule<MessageId>({
  id: 'unpinned-yum-package',
  language: 'dockerfile',
  aliases: ['DL3033'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unpinned: '`{{package}}` has no version, so each rebuild installs whatever the repository offers that day. Pin it: `{{pinned}}`.',
    unpinnedModule: 'Module `{{package}}` has no stream, so the repository\'s default stream decides what gets installed. Name it: `{{pinned}}`.',
  },
  docs: {
    summary: 'Flags packages that `yum install` installs without a version.',
    why:
      'Without a version, yum installs the newest package the repositories hold at build time: two builds of one commit can ' +
      'ship different software, and an unrelated rebuild can bring in a breaking update. `httpd-2.4.6` (or ' +
      '`httpd-2.4.6-99.el7`) pins it; a module install names its stream (`nodejs:18`).',
    bad: ['FROM centos:7\nRUN yum install -y httpd && yum clean all'],
    good: ['FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all', 'FROM centos:7\nRUN yum install -y /tmp/tool-1.0-1.x86_64.rpm && yum clean all'],
    differences:
      'hadolint counts any dash as a version, so `python3-devel` passes. Shipshape wants the part after the last dash to start ' +
      'with a digit (`python3-devel-3.6.8`), skips `.rpm` files, URLs, groups (`@core`), capabilities (`perl(JSON)`) and ' +
      'variables, and reports each package at its own word.',
    references: ['https://man7.org/linux/man-pages/man8/yum.8.html'],
  },
  check({ document, dockerfile, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if (call.tool !== 'yum') continue;
        for (const { word, pinned } of unpinnedPackages(call)) report({ messageId: 'unpinned', data: { package: word.value, pinned }, span: word.span });
        for (const { word, pinned } of unpinnedModules(call)) report({ messageId: 'unpinnedModule', data: { package: word.value, pinned }, span: word.span });
      }
    }
  },
});
