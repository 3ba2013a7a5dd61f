import { defineRule } from '../../define';
import { resolveStageReference } from '../../parse/stage-refs';

type MessageId = 'ownStage';

export default defineRule<MessageId>({
  id: 'copy-from-own-stage',
  language: 'dockerfile',
  aliases: ['DL3023'],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    ownStage: '`COPY --from={{ref}}` names the stage it is in: a stage cannot read its own result, and BuildKit stops with a circular dependency.',
  },
  docs: {
    summary: 'Flags `COPY --from` that points at the stage the COPY belongs to.',
    why:
      'A stage can copy only from another stage\'s finished file system. Naming the current stage, by name or by index, makes ' +
      'the stage depend on itself; BuildKit rejects the Dockerfile with a circular dependency error. Usually the stage was ' +
      'renamed or the COPY was moved, and the source should be the stage before it.',
    bad: ['FROM golang:1.22 AS build\nRUN go build -o /out/app .\nCOPY --from=build /out/app /app'],
    good: ['FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app'],
    differences: 'hadolint compares stage names only; Shipshape also catches the stage\'s own index (`--from=0` in the first stage) and ignores case, as BuildKit does.',
    references: ['https://docs.docker.com/reference/dockerfile/#copy---from'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'COPY' || !instruction.stage) continue;
      const from = instruction.flags.find((f) => f.name.toLowerCase() === 'from');
      if (!from?.value || !from.valueSpan) continue;
      const reference = resolveStageReference(dockerfile, from.value);
      if (reference.kind === 'stage' && reference.stage === instruction.stage) {
        report({ messageId: 'ownStage', data: { ref: from.value }, span: from.valueSpan });
      }
    }
  },
});
