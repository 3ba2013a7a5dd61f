import { defineRule } from '../../define';
import { INSTRUCTIONS } from '../../knowledge/dockerfile-instructions';

type MessageId = 'beforeFrom' | 'noFrom';

export default defineRule<MessageId>({
  id: 'instruction-before-from',
  language: 'dockerfile',
  aliases: ['DL3061'],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    beforeFrom: '`{{keyword}}` comes before the first FROM, where only ARG is allowed: the build stops with an error. Move it below the FROM line.',
    noFrom: 'This Dockerfile has no FROM instruction, so there is no stage to build: start it with `FROM <image>`.',
  },
  docs: {
    summary: 'Flags instructions other than ARG before the first FROM, and a Dockerfile without FROM.',
    why:
      'Every instruction except ARG changes a stage, and stages start at FROM. Anything else above the first FROM (a RUN, ' +
      'an ENV, a LABEL…) has no stage to belong to, so the build fails immediately. Only ARGs, parser directives and ' +
      'comments may come first.',
    bad: ['LABEL org.opencontainers.image.source=https://example.com\nFROM alpine:3.20', 'ENV NODE_ENV=production\nFROM node:20'],
    good: ['# syntax=docker/dockerfile:1\nARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\nENV NODE_ENV=production'],
    references: ['https://docs.docker.com/reference/dockerfile/#format'],
  },
  check({ dockerfile, report }) {
    const known = (keyword: string) => INSTRUCTIONS.includes(keyword);
    if (dockerfile.stages.length === 0) {
      const first = dockerfile.instructions.find((i) => i.keyword !== 'ARG' && known(i.keyword));
      if (first) report({ messageId: 'noFrom', span: first.keywordSpan });
      return;
    }
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword === 'FROM') break;
      if (instruction.keyword === 'ARG' || !known(instruction.keyword)) continue;
      report({ messageId: 'beforeFrom', data: { keyword: instruction.rawKeyword }, span: instruction.keywordSpan });
    }
  },
});
