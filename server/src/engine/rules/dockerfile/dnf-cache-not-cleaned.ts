import { defineRule } from '../../define';
import { callSpan } from '../../knowledge/package-managers';
import { RPM_CLEANUP, uncleanedDownloads } from '../../knowledge/package-manager-checks';

type MessageId = 'notCleaned' | 'cleanAll';

export default defineRule<MessageId>({
  id: 'dnf-cache-not-cleaned',
  language: 'dockerfile',
  aliases: ['DL3040'],
  category: 'image-size',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    notCleaned: '`{{command}}` leaves repository metadata and downloaded packages in the dnf cache, and this RUN never cleans them: they stay in the layer. End the RUN with `{{clean}}`.',
    cleanAll: 'Add `{{clean}}` at the end of this RUN',
  },
  docs: {
    summary: 'Flags a RUN that installs with dnf or microdnf but does not run `dnf clean all` afterwards.',
    why:
      'dnf and microdnf keep the repository metadata they download, and often the packages too, under `/var/cache/dnf` ' +
      '(`/var/cache/yum` on older releases): easily tens or hundreds of megabytes. A layer keeps whatever is on disk when ' +
      'its RUN ends, and cleaning in a later RUN does not shrink the image. `dnf clean all` at the end of the same RUN does.',
    bad: ['FROM fedora:40\nRUN dnf install -y httpd-2.4.62'],
    good: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
      'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y shadow-utils-4.9 && microdnf clean all',
      'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.4.62',
    ],
    fixSafety:
      'Safe: the fix appends `dnf clean all` (or `microdnf clean all`) to the RUN in its own continuation style; a later ' +
      'install downloads the metadata again by itself. No fix when the script ends in a way we cannot extend or the RUN is in exec form.',
    differences:
      'Like hadolint, Shipshape wants the clean-up after the install and accepts `rm -rf /var/cache/yum`; it also accepts ' +
      '`rm -rf /var/cache/dnf` and a cache mount, counts `upgrade`, `group install` and the like as downloads, treats ' +
      '`dnf5` as dnf, and only checks the final stage and the stages it is built on: a build stage is never shipped.',
    references: ['https://dnf.readthedocs.io/en/latest/command_ref.html#clean-command'],
  },
  check({ document, dockerfile, report }) {
    for (const { call, fix } of uncleanedDownloads(dockerfile, document.pragmas.shell?.name, { ...RPM_CLEANUP, tools: ['dnf', 'microdnf'] })) {
      const span = callSpan(call);
      const clean = `${call.tool} clean all`;
      report({
        messageId: 'notCleaned',
        data: { command: dockerfile.text.slice(span.start, span.end), clean },
        span,
        fixes: fix ? [{ messageId: 'cleanAll', data: { clean }, safety: 'safe', edits: [fix] }] : [],
      });
    }
  },
});
