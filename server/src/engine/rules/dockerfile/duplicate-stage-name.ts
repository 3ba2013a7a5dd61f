import { defineRule } from '../../define';

type MessageId = 'duplicate';

export default defineRule<MessageId>({
  id: 'duplicate-stage-name',
  language: 'dockerfile',
  aliases: ['DL3024', 'DuplicateStageName'],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    duplicate: 'Stage name `{{name}}` is already used on line {{line}}; `FROM {{name}}`, `COPY --from={{name}}` and `--target` cannot tell the two apart.',
  },
  docs: {
    summary: 'Flags two stages with the same name (`FROM … AS name`).',
    why:
      'A stage name is how other stages (`FROM name`, `COPY --from=name`) and `docker build --target name` refer to a stage. ' +
      'With two stages of the same name (names are compared without regard to case), those references pick one of them ' +
      'and the other is silently unreachable, or the build is rejected.',
    bad: ['FROM node:20 AS build\nRUN npm ci\nFROM node:20 AS build\nRUN npm run build'],
    good: ['FROM node:20 AS deps\nRUN npm ci\nFROM deps AS build\nRUN npm run build'],
    references: ['https://docs.docker.com/reference/dockerfile/#from'],
  },
  check({ dockerfile, report }) {
    const seen = new Map<string, number>();
    for (const stage of dockerfile.stages) {
      if (!stage.name || !stage.nameSpan) continue;
      const first = seen.get(stage.name);
      if (first === undefined) {
        seen.set(stage.name, dockerfile.lines.positionAt(stage.nameSpan.start).line + 1);
        continue;
      }
      report({ messageId: 'duplicate', data: { name: dockerfile.text.slice(stage.nameSpan.start, stage.nameSpan.end), line: first }, span: stage.nameSpan });
    }
  },
});
