import { defineRule } from '../../define';

type MessageId = 'forbiddenTrigger';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule<MessageId>({
  id: 'invalid-onbuild-trigger',
  language: 'dockerfile',
  aliases: ['DL3043'],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    forbiddenTrigger: '`ONBUILD {{trigger}}` is not allowed: the image that builds `FROM` this one fails the moment the trigger runs.',
  },
  docs: {
    summary: 'Flags ONBUILD triggers that Docker refuses: ONBUILD, FROM and MAINTAINER.',
    why:
      'ONBUILD stores an instruction that runs later, in the build of every image based on this one. A trigger may not ' +
      'start a new stage (FROM), nest another trigger (ONBUILD) or set the deprecated MAINTAINER field; Docker rejects ' +
      'them, so this image looks fine but breaks every downstream build.',
    bad: ['FROM node:20-alpine\nONBUILD ONBUILD RUN npm ci', 'FROM node:20-alpine\nONBUILD FROM alpine:3.20'],
    good: ['FROM node:20-alpine\nONBUILD COPY package*.json ./\nONBUILD RUN npm ci'],
    references: ['https://docs.docker.com/reference/dockerfile/#onbuild'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      const trigger = instruction.keyword === 'ONBUILD' ? instruction.trigger : undefined;
      if (trigger && FORBIDDEN.has(trigger.keyword)) report({ messageId: 'forbiddenTrigger', data: { trigger: trigger.keyword }, span: trigger.keywordSpan });
    }
  },
});
