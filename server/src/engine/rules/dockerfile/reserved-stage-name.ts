import { defineRule } from '../../define';

type MessageId = 'reserved';

/** Names the builder gives a meaning of its own: the empty image and the build context. */
const RESERVED = new Set(['scratch', 'context']);

export default defineRule<MessageId>({
  id: 'reserved-stage-name',
  language: 'dockerfile',
  aliases: ['ReservedStageName'],
  category: 'correctness',
  severity: 'warning',
  fixable: 'never',
  messages: {
    reserved: '`{{name}}` is a reserved name (`scratch` is the empty image, `context` the build context), so references to this stage are ambiguous. Rename the stage.',
  },
  docs: {
    summary: 'Flags a stage named `scratch` or `context`.',
    why:
      'The builder already gives these names a meaning: `FROM scratch` starts from an empty image and `context` names the ' +
      'build context in `COPY --from=context` and named build contexts. A stage called that way shadows the built-in meaning ' +
      'in some references and not in others, which makes the Dockerfile hard to read and easy to break.',
    bad: ['FROM alpine:3.20 AS scratch\nRUN echo hi > /hi'],
    good: ['FROM alpine:3.20 AS base\nRUN echo hi > /hi'],
    references: ['https://docs.docker.com/reference/build-checks/reserved-stage-name/'],
  },
  check({ dockerfile, report }) {
    for (const stage of dockerfile.stages) {
      if (stage.name && stage.nameSpan && RESERVED.has(stage.name)) {
        report({ messageId: 'reserved', data: { name: dockerfile.text.slice(stage.nameSpan.start, stage.nameSpan.end) }, span: stage.nameSpan });
      }
    }
  },
});
