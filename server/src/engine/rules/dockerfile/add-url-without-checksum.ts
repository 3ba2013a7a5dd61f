import { defineRule } from '../../define';
import { copyArgsOf } from '../../parse/copy-args';
import { addSourceKind } from '../../knowledge/add-sources';

type MessageId = 'unverifiedDownload';

export default defineRule<MessageId>({
  id: 'add-url-without-checksum',
  language: 'dockerfile',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unverifiedDownload:
      'ADD downloads `{{url}}` without checking what arrives: a replaced or tampered file goes into the image unnoticed. Pin it with `--checksum=sha256:<digest>`, or download with curl and verify the digest with `sha256sum -c`.',
  },
  docs: {
    summary: 'Flags `ADD <url>` without `--checksum`, which puts whatever the server returns into the image.',
    why:
      'A URL names a location, not content. Without a checksum the build trusts the server and every hop to it: a release ' +
      'asset that is replaced, a compromised mirror or a redirect to something else ends up in the image and the build ' +
      'still succeeds, so nobody notices. `ADD --checksum=sha256:…` (Dockerfile syntax 1.6 and later) makes the build fail ' +
      'when the bytes change. Where ADD does not fit, `RUN curl -fsSLo file <url> && echo "<sha256>  file" | sha256sum -c -` ' +
      'does the same and lets you unpack and clean up in one layer.',
    bad: ['FROM alpine:3.20\nADD https://example.com/releases/v1.4.2/tool-linux-amd64 /usr/local/bin/tool'],
    good: [
      'FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://example.com/releases/v1.4.2/tool-linux-amd64 /usr/local/bin/tool',
      'FROM alpine:3.20\nRUN wget -q -O /usr/local/bin/tool https://example.com/releases/v1.4.2/tool-linux-amd64 \\\n && echo "c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee  /usr/local/bin/tool" | sha256sum -c -',
    ],
    differences: 'hadolint has no such rule; its DL3020 only tells ADD for URLs apart from ADD for local files.',
    references: ['https://docs.docker.com/reference/dockerfile/#add---checksum', 'https://docs.docker.com/build/building/best-practices/#add-or-copy'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      const target = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
      if (target?.keyword !== 'ADD' || target.flags.some((f) => f.name.toLowerCase() === 'checksum')) continue;
      for (const source of copyArgsOf(target, dockerfile.text)?.sources ?? []) {
        if (addSourceKind(source.value) === 'url') report({ messageId: 'unverifiedDownload', data: { url: source.value }, span: source.span });
      }
    }
  },
});
