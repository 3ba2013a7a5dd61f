import { defineRule } from '../../define';
import { copyArgsOf, type PathArg } from '../../parse/copy-args';
import { insert } from '../../fix/edits';
import { dropQuotes } from '../../text/quotes';

type MessageId = 'needsDirectory' | 'addSlash';

export default defineRule<MessageId>({
  id: 'multiple-sources-to-file',
  language: 'dockerfile',
  aliases: ['DL3021'],
  category: 'correctness',
  severity: 'error',
  fixable: 'always',
  messages: {
    needsDirectory:
      '{{keyword}} has {{count}} sources, so its destination must be a directory written with a trailing `/`. As `{{dest}}` the legacy builder stops, and BuildKit makes the files overwrite each other unless `{{dest}}` already exists as a directory.',
    addSlash: 'Add a trailing `/` to the destination',
  },
  docs: {
    summary: 'Flags COPY and ADD with several sources whose destination does not end in `/`.',
    why:
      'With several sources the destination can only be a directory, and the Dockerfile reference requires it to end in `/`. ' +
      'The classic builder refuses the instruction. BuildKit accepts it, but the result then depends on the image: if the ' +
      'path already exists as a directory the files land inside it, otherwise each file is written to that same path and ' +
      'only the last one survives. The trailing slash makes the intent explicit and the result the same everywhere.',
    bad: ['FROM python:3.12-slim\nCOPY requirements.txt setup.py /app'],
    good: ['FROM python:3.12-slim\nCOPY requirements.txt setup.py /app/', 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt setup.py .'],
    fixSafety: 'Safe: with several sources the destination is a directory either way, and the slash only says so.',
    differences:
      'hadolint checks only COPY; Shipshape checks ADD too. It accepts `.` as the destination, which BuildKit treats as the ' +
      'working directory (`./`).',
    references: ['https://docs.docker.com/reference/dockerfile/#destination'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      const target = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
      if (!target) continue;
      const args = copyArgsOf(target, dockerfile.text);
      const dest = args?.destination;
      if (!args || !dest || args.sources.length < 2 || dest.value.endsWith('/') || dest.value === '.') continue;
      // A here-document marker, even a broken one (`<<"`), is no destination (BuildKit refuses it) that a `/` could fix.
      const heredocMarker = args.form === 'shell' && dest.value.startsWith('<<');
      // Where BuildKit ends the instruction elsewhere (`COPY a b \\ \` then a line), its destination is another word.
      if (heredocMarker || target.disputed) continue;
      report({
        messageId: 'needsDirectory',
        data: { keyword: target.keyword, count: args.sources.length, dest: dest.value },
        span: dest.span,
        fixes: [{ messageId: 'addSlash', safety: 'safe', edits: [insert(endOfPath(dest, dockerfile.text), '/')] }],
      });
    }
  },
});

/** Where the path text ends: before a closing quote, if the word is quoted (a lone `"` is not a pair). */
function endOfPath(dest: PathArg, text: string): number {
  const written = text.slice(dest.span.start, dest.span.end);
  return dropQuotes(written) !== written ? dest.span.end - 1 : dest.span.end;
}
