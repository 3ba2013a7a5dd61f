import { defineRule } from '../../define';
import { healthcheckState } from '../../compose/service-facts';
import { addHealthcheck } from '../../compose/block-edits';

type MessageId = 'noHealthcheck' | 'addHealthcheck';

export default defineRule<MessageId>({
  id: 'missing-service-healthcheck',
  language: 'compose',
  aliases: [],
  category: 'reliability',
  severity: 'warning',
  enabledByDefault: false,
  fixable: 'sometimes',
  messages: {
    noHealthcheck: '`{{service}}` has no healthcheck: Docker only knows whether its process runs, not whether it works, and no service can wait for it to be ready.',
    addHealthcheck: 'Add a healthcheck',
  },
  docs: {
    summary: 'Flags services without a `healthcheck` (opt-in hardening).',
    why:
      'A healthcheck lets Docker tell a service that runs from one that works: `docker compose ps` shows it, ' +
      '`depends_on: condition: service_healthy` can wait for it, orchestrators restart or take out of rotation what ' +
      'fails it. Without one, a hung process or a database still initialising looks as good as a healthy one. Images ' +
      'may define a HEALTHCHECK themselves; this rule cannot see that, so turn it on where your images do not.',
    bad: ['services:\n  db:\n    image: postgres:16\n'],
    good: ['services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 10s\n'],
    fixSafety:
      'Unsafe: the fix adds the usual probe for well-known images (`pg_isready`, `mysqladmin ping`, `redis-cli ping`, …) ' +
      'or an HTTP probe on the first published port that needs curl in the image; check the command before relying on ' +
      'it. No fix when we know no probe for the service.',
    references: ['https://docs.docker.com/reference/compose-file/services/#healthcheck'],
  },
  check({ compose, report }) {
    for (const service of compose.services) {
      if (healthcheckState(compose, service) !== 'absent') continue;
      const edit = addHealthcheck(compose, service);
      report({ messageId: 'noHealthcheck', data: { service: service.name }, span: service.keySpan, fixes: edit ? [{ messageId: 'addHealthcheck', safety: 'unsafe', edits: [edit] }] : [] });
    }
  },
});
