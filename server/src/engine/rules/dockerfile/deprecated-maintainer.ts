import { defineRule, type FixSpec } from '../../define';
import { removeContinuations } from '../../parse/dockerfile';
import { replace } from '../../fix/edits';

type MessageId = 'deprecated' | 'toLabel';

const AUTHORS_LABEL = 'org.opencontainers.image.authors';

export default defineRule<MessageId>({
  id: 'deprecated-maintainer',
  language: 'dockerfile',
  aliases: ['DL4000', 'MaintainerDeprecated'],
  category: 'maintainability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    deprecated: 'MAINTAINER is deprecated and only fills a legacy image field; record the author as the `org.opencontainers.image.authors` label.',
    toLabel: 'Replace with `LABEL org.opencontainers.image.authors=…`',
  },
  docs: {
    summary: 'Flags the deprecated MAINTAINER instruction.',
    why:
      'MAINTAINER sets the image\'s legacy `Author` field, which registries and tools no longer read. The OCI ' +
      '`org.opencontainers.image.authors` label is where scanners, registries and `docker inspect` users look for who ' +
      'owns an image, and LABEL can carry the rest of the metadata (source, version, licence) next to it.',
    bad: ['FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"'],
    fixSafety: 'Safe: the build and the container are unchanged; the author moves from the legacy field to the standard label.',
    differences: 'hadolint reports DL4000 as an error; the instruction still builds, so Shipshape warns, as BuildKit does.',
    references: ['https://docs.docker.com/reference/dockerfile/#maintainer-deprecated', 'https://github.com/opencontainers/image-spec/blob/main/annotations.md'],
  },
  check({ dockerfile, report }) {
    const text = dockerfile.text;
    const escape = dockerfile.escapeChar;
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'MAINTAINER') continue;
      const fixes: FixSpec<MessageId>[] = [];
      if (instruction.argsSpan) {
        const author = removeContinuations(text.slice(instruction.argsSpan.start, instruction.argsSpan.end), escape).text.trim();
        const keyword = instruction.rawKeyword === instruction.rawKeyword.toLowerCase() ? 'label' : 'LABEL';
        const span = { start: instruction.keywordSpan.start, end: instruction.span.end };
        fixes.push({ messageId: 'toLabel', safety: 'safe', edits: [replace(span, `${keyword} ${AUTHORS_LABEL}=${escapeForQuotes(author, escape)}`)] });
      }
      report({ messageId: 'deprecated', span: instruction.keywordSpan, fixes });
    }
  },
});

/** A double-quoted word whose value after the builder's quote removal is exactly `value`. */
function escapeForQuotes(value: string, escape: string): string {
  let out = '"';
  for (const ch of value) out += ch === '"' || ch === '$' || ch === escape ? escape + ch : ch;
  return out + '"';
}
