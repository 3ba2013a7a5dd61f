import { defineRule } from '../../define';
import type { DockerfileModel, DockerInstruction } from '../../parse/dockerfile';
import type { SimpleCommand } from '../../parse/shell-words';
import { copyArgsOf, type PathArg } from '../../parse/copy-args';
import { commandsOf, programOf } from '../../parse/run-commands';
import { runsPosixShell } from '../../parse/stage-shell';

type MessageId = 'extractWithAdd';

/** Tar archives ADD unpacks (a bare `.gz` may hold anything, so it does not count). */
const TAR_ARCHIVE = /\.(tar(\.(gz|bz2|xz|zst))?|tgz|taz|tbz2?|tb2|txz|tzst)$/i;

export default defineRule<MessageId>({
  id: 'archive-copied-then-extracted',
  language: 'dockerfile',
  aliases: ['DL3010'],
  category: 'image-size',
  severity: 'info',
  fixable: 'never',
  messages: {
    extractWithAdd:
      '`{{archive}}` is copied into the image and unpacked by `tar` on line {{line}}, so the archive stays in the COPY layer. `ADD {{archive}} <directory>` unpacks a local tar archive itself, without keeping it.',
  },
  docs: {
    summary: 'Flags a local tar archive that is COPYed and then unpacked with `tar` in a RUN.',
    why:
      'COPY puts the archive into its own layer; unpacking it in a later RUN adds the contents in a second layer, and ' +
      'deleting the archive afterwards does not shrink the first one: the image carries the data twice. ADD unpacks a ' +
      'local tar archive (plain, gzip, bzip2, xz) straight into the destination, in one layer. For zip files or when ' +
      'only part of the archive is needed, unpack in a build stage and COPY the result.',
    bad: ['FROM debian:12\nCOPY app-1.2.0.tar.gz /tmp/\nRUN tar -xzf /tmp/app-1.2.0.tar.gz -C /opt && rm /tmp/app-1.2.0.tar.gz'],
    good: ['FROM debian:12\nADD app-1.2.0.tar.gz /opt/'],
    differences:
      'hadolint also counts zip files and `unzip`/`gunzip`, but ADD does not unpack those, so its advice cannot be followed; ' +
      'Shipshape only reports tar archives unpacked with `tar`.',
    references: ['https://docs.docker.com/reference/dockerfile/#adding-local-tar-archives'],
  },
  check({ dockerfile, document, report }) {
    for (const stage of dockerfile.stages) {
      const archives: { source: PathArg; name: string }[] = [];
      for (const instruction of stage.instructions) {
        const copy = instruction.keyword === 'COPY' ? copyArgsOf(instruction, dockerfile.text) : undefined;
        if (copy && !copy.from) archives.push(...copiedArchives(copy.sources, copy.destination));
        if (instruction.keyword !== 'RUN' || archives.length === 0 || !runsPosixShell(instruction, dockerfile, document.pragmas.shell?.name)) continue;
        for (const name of extractedNames(dockerfile, instruction)) {
          const index = archives.findIndex((a) => a.name === name);
          if (index < 0) continue;
          const [{ source }] = archives.splice(index, 1);
          report({ messageId: 'extractWithAdd', data: { archive: source.value, line: dockerfile.lines.positionAt(instruction.span.start).line + 1 }, span: source.span });
        }
      }
    }
  },
});

/** Local tar archives among the sources, by the name they have in the image. */
function copiedArchives(sources: PathArg[], destination: PathArg | undefined): { source: PathArg; name: string }[] {
  const archives = sources.filter((s) => !s.dynamic && !s.heredoc && TAR_ARCHIVE.test(s.value));
  // `COPY app.tgz /tmp/renamed.tgz` keeps the archive under the destination's name.
  if (archives.length === 1 && destination && TAR_ARCHIVE.test(destination.value)) return [{ source: archives[0], name: baseName(destination.value) }];
  return archives.map((source) => ({ source, name: baseName(source.value) }));
}

/** Base names of the archives `tar -x` unpacks in the RUN. */
function extractedNames(dockerfile: DockerfileModel, run: DockerInstruction): string[] {
  return commandsOf(run, dockerfile.text, dockerfile.escapeChar).commands.flatMap((command) => (isTarExtract(command) ? command.words.slice(programOf(command)!.argsIndex).map((w) => baseName(w.value.replace(/^--file=/, ''))) : []));
}

/** `tar -xzf`, `tar xf`, `tar --extract`: the first argument's letters name the operation. */
function isTarExtract(command: SimpleCommand): boolean {
  const program = programOf(command);
  if (program?.name !== 'tar') return false;
  const args = command.words.slice(program.argsIndex).map((w) => w.value);
  return args.some((a) => a === '--extract' || a === '--get' || /^-[A-Za-z]*x/.test(a)) || /^[A-Za-z]*x[A-Za-z]*$/.test(args[0] ?? '');
}

function baseName(path: string): string {
  return path.replace(/\/+$/, '').replace(/^.*\//, '');
}
