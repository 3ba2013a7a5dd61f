import { defineRule } from '../../define';
import type { Stage } from '../../parse/dockerfile';

type MessageId = 'missing';

export default defineRule<MessageId>({
  id: 'missing-healthcheck',
  language: 'dockerfile',
  aliases: ['DL3057'],
  category: 'reliability',
  severity: 'info',
  enabledByDefault: false,
  fixable: 'never',
  messages: {
    missing: 'The final stage has no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one. Add `HEALTHCHECK CMD …` (or `HEALTHCHECK NONE` to say so deliberately).',
  },
  docs: {
    summary: 'Flags a final stage without a HEALTHCHECK instruction (off by default).',
    why:
      'Without a healthcheck Docker only knows whether the main process is running. A server that deadlocks or loses its ' +
      'database connection keeps receiving traffic, `depends_on: condition: service_healthy` cannot be used, and restart ' +
      'policies never fire. Orchestrators with their own probes (Kubernetes) ignore HEALTHCHECK, which is why the rule is off by default.',
    bad: ['FROM nginx:1.27\nCOPY site /usr/share/nginx/html'],
    good: [
      'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\nHEALTHCHECK CMD curl -fsS http://localhost/ || exit 1',
      'FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM base',
      'FROM alpine:3.20\nHEALTHCHECK NONE',
    ],
    differences: 'hadolint checks every stage; only the final stage is shipped, so Shipshape checks that one, counting healthchecks of the stages it is built on.',
    references: ['https://docs.docker.com/reference/dockerfile/#healthcheck'],
  },
  check({ dockerfile, report }) {
    const final = dockerfile.stages[dockerfile.stages.length - 1];
    if (!final) return;
    for (let s: Stage | undefined = final; s; s = s.baseStage) if (s.instructions.some((i) => i.keyword === 'HEALTHCHECK')) return;
    report({ messageId: 'missing', span: final.image?.span ?? final.from.keywordSpan });
  },
});
