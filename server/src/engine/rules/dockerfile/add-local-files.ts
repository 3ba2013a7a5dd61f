import { defineRule, type FixSpec } from '../../define';
import type { DockerInstruction } from '../../parse/dockerfile';
import { copyArgsOf } from '../../parse/copy-args';
import { addSourceKind } from '../../knowledge/add-sources';
import { replace } from '../../fix/edits';

type MessageId = 'localFiles' | 'mixedSources' | 'useCopy';

/** Flags COPY understands too; any other ADD flag (`--checksum`, `--keep-git-dir`, `--unpack`) has no COPY equivalent. */
const COPY_COMPATIBLE_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude']);

export default defineRule<MessageId>({
  id: 'add-local-files',
  language: 'dockerfile',
  aliases: ['DL3020'],
  category: 'maintainability',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    localFiles: 'ADD of local files: COPY does the same and cannot surprise you by unpacking an archive or downloading a URL.',
    mixedSources:
      'ADD copies {{files}} as plain files; only its archives and URLs need ADD. Move the plain files to a COPY so it is clear which sources get unpacked or downloaded.',
    useCopy: 'Replace ADD with COPY',
  },
  docs: {
    summary: 'Flags ADD used for local files and directories, where COPY is the plain tool.',
    why:
      'ADD has two hidden behaviours on top of COPY: it unpacks local tar archives into the destination and downloads URLs. ' +
      'When the sources are ordinary files, a reader has to check each one to be sure neither happens, and renaming a file ' +
      'to `.tar.gz` later silently changes what lands in the image. COPY says exactly what it does.',
    bad: ['FROM python:3.12-slim\nADD requirements.txt app.py /app/', 'FROM nginx:1.27\nADD --chown=nginx:nginx site/ /usr/share/nginx/html/'],
    good: [
      'FROM python:3.12-slim\nCOPY requirements.txt app.py /app/',
      'FROM debian:bookworm-slim\nADD rootfs.tar.xz /',
      'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/',
    ],
    fixSafety:
      'Safe when every source is a local file or directory that is not named like a tar archive and the ADD has no flags ' +
      'COPY lacks: COPY then copies the same files with the same ownership and permissions. ADD really recognises archives ' +
      'by content, so a tar archive renamed without its extension would no longer be unpacked; we go by the name.',
    differences:
      'hadolint also flags sources that start with a variable (`ADD $JAR_FILE app.jar`), which may hold a URL; Shipshape ' +
      'leaves those alone. It treats Git sources (`git@…`, `…/repo.git#ref`) as remote, as BuildKit does, and does not count ' +
      '`.lz`, `.lzma` or `.Z` files as archives, since ADD copies those without unpacking them.',
    references: ['https://docs.docker.com/reference/dockerfile/#add', 'https://docs.docker.com/build/building/best-practices/#add-or-copy'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      const target = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
      if (target?.keyword !== 'ADD') continue;
      const args = copyArgsOf(target, dockerfile.text);
      if (!args || args.sources.length === 0) continue;
      const kinds = args.sources.map((s) => (s.heredoc ? 'local' : addSourceKind(s.value)));
      const plain = args.sources.filter((_, i) => kinds[i] === 'local');
      if (plain.length === 0) continue;
      if (plain.length === args.sources.length) {
        report({ messageId: 'localFiles', span: target.keywordSpan, fixes: useCopyFix(target) });
      } else if (!kinds.includes('unknown')) {
        report({ messageId: 'mixedSources', data: { files: plain.map((s) => `\`${s.value}\``).join(', ') }, span: target.keywordSpan });
      }
    }
  },
});

function useCopyFix(add: DockerInstruction): FixSpec<MessageId>[] {
  if (add.flags.some((f) => !COPY_COMPATIBLE_FLAGS.has(f.name.toLowerCase()))) return [];
  const copy = add.rawKeyword === add.rawKeyword.toLowerCase() ? 'copy' : 'COPY';
  return [{ messageId: 'useCopy', safety: 'safe', edits: [replace(add.keywordSpan, copy)] }];
}
