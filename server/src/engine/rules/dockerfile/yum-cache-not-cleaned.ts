import { defineRule } from '../../define';
import { callSpan } from '../../knowledge/package-managers';
import { RPM_CLEANUP, uncleanedDownloads } from '../../knowledge/package-manager-checks';

type MessageId = 'notCleaned' | 'cleanAll';

export default defineRule<MessageId>({
  id: 'yum-cache-not-cleaned',
  language: 'dockerfile',
  aliases: ['DL3032'],
  category: 'image-size',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    notCleaned: '`{{command}}` leaves repository metadata and downloaded packages in `/var/cache/yum`, and this RUN never cleans them: they stay in the layer. End the RUN with `yum clean all`.',
    cleanAll: 'Add `yum clean all` at the end of this RUN',
  },
  docs: {
    summary: 'Flags a RUN that installs with yum but does not run `yum clean all` afterwards.',
    why:
      'yum keeps the repository metadata it downloads, and often the packages too, under `/var/cache/yum`: easily tens or ' +
      'hundreds of megabytes. A layer keeps whatever is on disk when its RUN ends, and cleaning in a later RUN does not shrink ' +
      'the image. `yum clean all` at the end of the same RUN does.',
    bad: ['FROM centos:7\nRUN yum install -y httpd-2.4.6'],
    good: [
      'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
      'FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum',
      'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6',
    ],
    fixSafety:
      'Safe: the fix appends `yum clean all` to the RUN in its own continuation style; a later yum command downloads the ' +
      'metadata again by itself. No fix when the script ends in a way we cannot extend (a trailing comment, a background job) ' +
      'or the RUN is in exec form.',
    differences:
      'hadolint accepts `yum clean all` anywhere in the RUN. Shipshape wants it after the last download, also counts ' +
      '`update`, `upgrade`, `group install` and the like as downloads, accepts `rm -rf /var/cache/yum` and a cache mount, ' +
      'and only checks the final stage and the stages it is built on: a build stage is never shipped.',
    references: ['https://man7.org/linux/man-pages/man8/yum.8.html'],
  },
  check({ document, dockerfile, report }) {
    for (const { call, fix } of uncleanedDownloads(dockerfile, document.pragmas.shell?.name, { ...RPM_CLEANUP, tools: ['yum'] })) {
      const span = callSpan(call);
      report({
        messageId: 'notCleaned',
        data: { command: dockerfile.text.slice(span.start, span.end) },
        span,
        fixes: fix ? [{ messageId: 'cleanAll', safety: 'safe', edits: [fix] }] : [],
      });
    }
  },
});
