import { defineRule } from '../../define';
import type { Span } from '../../model';
import { remove } from '../../fix/edits';

type MessageId = 'emptyLine' | 'removeLines';

export default defineRule<MessageId>({
  id: 'empty-continuation-line',
  language: 'dockerfile',
  aliases: ['NoEmptyContinuation'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'always',
  messages: {
    emptyLine: 'Empty line inside a continued `{{keyword}}`: the builder skips it today, but it reads like the end of the instruction and future Dockerfile versions will reject it.',
    removeLines: 'Remove the empty line',
  },
  docs: {
    summary: 'Flags empty lines in the middle of an instruction continued with `\\`.',
    why:
      'The builder joins lines ending in the escape character and currently drops empty lines in between, so the text after ' +
      'the blank line still belongs to the instruction. A reader sees two separate blocks, and the Dockerfile frontend has ' +
      'announced that this will become an error.',
    bad: ['FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl'],
    good: ['FROM alpine:3.20\nRUN apk add --no-cache \\\n    # comments between continued lines are fine\n    curl'],
    fixSafety: 'Safe: the builder already ignores these lines, so removing them changes nothing.',
    references: ['https://docs.docker.com/reference/build-checks/no-empty-continuation/'],
  },
  check({ dockerfile, report }) {
    const text = dockerfile.text;
    for (const instruction of dockerfile.instructions) {
      // Heredoc bodies may contain blank lines; only the instruction line(s) before them count.
      const end = instruction.heredocs[0]?.bodySpan?.start ?? instruction.span.end;
      for (const run of emptyLineRuns(text, instruction.span.start, end)) {
        report({
          messageId: 'emptyLine',
          data: { keyword: instruction.rawKeyword },
          span: run.content,
          fixes: [{ messageId: 'removeLines', safety: 'safe', edits: [remove(run.lines)] }],
        });
      }
    }
  },
});

/** Runs of blank lines after the first line of [start, end): `content` without the last line break, `lines` with all of them. */
function emptyLineRuns(text: string, start: number, end: number): { content: Span; lines: Span }[] {
  const runs: { content: Span; lines: Span }[] = [];
  let lineStart = text.indexOf('\n', start) + 1;
  while (lineStart > 0 && lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trim() === '') {
      const last = runs[runs.length - 1];
      const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      const next = newline < 0 ? text.length : newline + 1;
      if (last && last.lines.end === lineStart) {
        last.content.end = contentEnd;
        last.lines.end = next;
      } else runs.push({ content: { start: lineStart, end: contentEnd }, lines: { start: lineStart, end: next } });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return runs;
}
