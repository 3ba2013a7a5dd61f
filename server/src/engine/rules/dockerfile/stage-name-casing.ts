import { defineRule } from '../../define';
import type { Edit, Span } from '../../model';
import type { DockerfileModel, Stage } from '../../parse/dockerfile';
import { replace } from '../../fix/edits';

type MessageId = 'notLowercase' | 'lowercase';

export default defineRule<MessageId>({
  id: 'stage-name-casing',
  language: 'dockerfile',
  aliases: ['StageNameCasing'],
  category: 'style',
  severity: 'warning',
  fixable: 'always',
  messages: {
    notLowercase: 'Stage name `{{name}}` has upper-case letters; stage names are compared in lower case, so write `{{lower}}`.',
    lowercase: 'Rename the stage to `{{lower}}`',
  },
  docs: {
    summary: 'Flags stage names (`FROM … AS Name`) that are not all lower case.',
    why:
      'The builder lower-cases stage names before comparing them, so `AS Build`, `--from=build` and `--target BUILD` all ' +
      'mean the same stage. Mixed casing suggests a difference that does not exist and makes references harder to search for.',
    bad: ['FROM golang:1.22 AS Build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=Build /app /app'],
    good: ['FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app'],
    fixSafety: 'Safe: stage names are case-insensitive, so lower-casing the name and its references changes nothing in the build.',
    references: ['https://docs.docker.com/reference/build-checks/stage-name-casing/'],
  },
  check({ dockerfile, report }) {
    for (const stage of dockerfile.stages) {
      if (!stage.nameSpan) continue;
      const name = dockerfile.text.slice(stage.nameSpan.start, stage.nameSpan.end);
      const lower = name.toLowerCase();
      if (name === lower) continue;
      const edits: Edit[] = [stage.nameSpan, ...referencesTo(dockerfile, stage)].map((span) => replace(span, lower));
      report({ messageId: 'notLowercase', data: { name, lower }, span: stage.nameSpan, fixes: [{ messageId: 'lowercase', data: { lower }, safety: 'safe', edits }] });
    }
  },
});

/** Where later instructions name the stage with other casing: `FROM Name`, `COPY --from=Name`, `RUN --mount=from=Name`. */
function referencesTo(dockerfile: DockerfileModel, stage: Stage): Span[] {
  const spans: Span[] = [];
  const matches = (value: string | null) => value !== null && value !== stage.name && value.toLowerCase() === stage.name;
  for (const later of dockerfile.stages) {
    if (later.baseStage === stage && later.image && matches(later.image.text)) spans.push(later.image.span);
  }
  for (const instruction of dockerfile.instructions) {
    if (!instruction.stage || instruction.stage.index <= stage.index) continue;
    for (const flag of instruction.flags) {
      if (flag.name === 'from' && flag.valueSpan && matches(flag.value)) spans.push(flag.valueSpan);
      if (flag.name !== 'mount') continue;
      for (const option of flag.options) {
        if (option.name === 'from' && option.value && matches(option.value)) spans.push({ start: option.span.end - option.value.length, end: option.span.end });
      }
    }
  }
  return spans;
}
