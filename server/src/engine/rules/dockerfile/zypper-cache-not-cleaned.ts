import { defineRule } from '../../define';
import { callSpan } from '../../knowledge/package-managers';
import { uncleanedDownloads, ZYPPER_CLEANUP } from '../../knowledge/package-manager-checks';

type MessageId = 'notCleaned' | 'clean';

export default defineRule<MessageId>({
  id: 'zypper-cache-not-cleaned',
  language: 'dockerfile',
  aliases: ['DL3036'],
  category: 'image-size',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    notCleaned: '`{{command}}` leaves repository metadata and packages in `/var/cache/zypp`, and this RUN never cleans them: they stay in the layer. End the RUN with `zypper clean --all`.',
    clean: 'Add `zypper clean --all` at the end of this RUN',
  },
  docs: {
    summary: 'Flags a RUN that installs with zypper but does not run `zypper clean` afterwards.',
    why:
      'zypper keeps repository metadata and downloaded packages under `/var/cache/zypp`. A layer keeps whatever is on disk ' +
      'when its RUN ends, and cleaning in a later RUN does not shrink the image. `zypper clean --all` at the end of the same ' +
      'RUN does.',
    bad: ['FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.0.1'],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.0.1 && zypper clean --all',
      'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl=8.0.1',
    ],
    fixSafety:
      'Safe: the fix appends `zypper clean --all` to the RUN in its own continuation style; zypper refreshes what it needs the ' +
      'next time it runs. No fix when the script ends in a way we cannot extend or the RUN is in exec form.',
    differences:
      'Like hadolint, Shipshape wants `zypper clean` (or `cc`) after the install. It also counts `update`, `patch` and ' +
      '`dist-upgrade` as downloads, accepts `rm -rf /var/cache/zypp` and a cache mount, and only checks the final stage and ' +
      'the stages it is built on: a build stage is never shipped.',
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
  },
  check({ document, dockerfile, report }) {
    for (const { call, fix } of uncleanedDownloads(dockerfile, document.pragmas.shell?.name, { ...ZYPPER_CLEANUP, tools: ['zypper'] })) {
      const span = callSpan(call);
      report({
        messageId: 'notCleaned',
        data: { command: dockerfile.text.slice(span.start, span.end) },
        span,
        fixes: fix ? [{ messageId: 'clean', safety: 'safe', edits: [fix] }] : [],
      });
    }
  },
});
