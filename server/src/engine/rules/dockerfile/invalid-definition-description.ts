import { defineRule } from '../../define';
import type { Span } from '../../model';
import type { DockerfileModel, DockerInstruction } from '../../parse/dockerfile';
import { eolOf, insert, lineStartAt } from '../../fix/edits';
import { keyValuePairsOf } from '../../parse/variables';

type MessageId = 'notADescription' | 'separate';

/** Comments addressed to tools rather than readers: never meant as descriptions. */
const PRAGMA = /^(hadolint\s|shipshape\s|check\s*=|syntax\s*=|escape\s*=)/i;

export default defineRule<MessageId>({
  id: 'invalid-definition-description',
  language: 'dockerfile',
  aliases: ['InvalidDefinitionDescription'],
  category: 'style',
  severity: 'info',
  enabledByDefault: false,
  fixable: 'always',
  messages: {
    notADescription:
      'The comment above this {{keyword}} becomes its description in `docker buildx build --call=outline`, so it should start with `{{name}}`; if it is not a description, separate it with an empty line.',
    separate: 'Insert an empty line after the comment',
  },
  docs: {
    summary: 'Flags a comment right above `FROM … AS name` or `ARG name` that does not start with that name (off by default).',
    why:
      '`docker buildx build --call=outline` and `--call=targets` list a Dockerfile\'s stages and build arguments with the ' +
      'comment directly above each as its description, when that comment starts with the stage or argument name. A ' +
      'comment that sits there for another reason shows up as a confusing description, or hides that there is none.',
    bad: ['# compile the app\nFROM golang:1.22 AS build'],
    good: ['# build compiles the app\nFROM golang:1.22 AS build', '# compile the app\n\nFROM golang:1.22 AS build', '# VERSION of the app to package\nARG VERSION=1.0'],
    fixSafety: 'Safe: an empty line only stops the comment from being read as a description; the build is unchanged.',
    references: ['https://docs.docker.com/reference/build-checks/invalid-definition-description/'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      const names = definedNames(dockerfile, instruction);
      if (names.length === 0) continue;
      const block = commentBlockAbove(dockerfile, instruction);
      if (!block || block.lines.some((line) => names.some((name) => line.startsWith(name + ' ')))) continue;
      const at = lineStartAt(dockerfile.text, instruction.span.start);
      report({
        messageId: 'notADescription',
        data: { keyword: instruction.keyword, name: names[0] },
        span: block.span,
        fixes: [{ messageId: 'separate', safety: 'safe', edits: [insert(at, eolOf(dockerfile.text))] }],
      });
    }
  },
});

function definedNames(dockerfile: DockerfileModel, instruction: DockerInstruction): string[] {
  if (instruction.keyword === 'FROM') {
    const span = instruction.stage?.nameSpan;
    return span ? [dockerfile.text.slice(span.start, span.end)] : [];
  }
  if (instruction.keyword === 'ARG') return keyValuePairsOf(instruction, dockerfile.text, dockerfile.escapeChar).pairs.map((p) => p.key);
  return [];
}

/** The comment lines directly above the instruction (no blank line between), pragmas and directives left out. */
function commentBlockAbove(dockerfile: DockerfileModel, instruction: DockerInstruction): { lines: string[]; span: Span } | undefined {
  const text = dockerfile.text;
  const lines: string[] = [];
  let span: Span | undefined;
  let lineStart = lineStartAt(text, instruction.span.start);
  while (lineStart > 0) {
    const previousStart = lineStartAt(text, lineStart - 1);
    const line = text.slice(previousStart, lineStart).replace(/\r?\n$/, '');
    const trimmed = line.trim();
    if (!trimmed.startsWith('#')) break;
    const content = trimmed.slice(1).trim();
    const isDirective = dockerfile.directives.some((d) => d.span.start >= previousStart && d.span.start < lineStart);
    if (!isDirective && !PRAGMA.test(content)) {
      lines.unshift(content);
      const start = previousStart + line.indexOf('#');
      span = { start, end: span?.end ?? previousStart + line.length };
    }
    lineStart = previousStart;
  }
  return span ? { lines, span } : undefined;
}
