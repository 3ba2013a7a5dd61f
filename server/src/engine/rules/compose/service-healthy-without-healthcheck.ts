import { defineRule } from '../../define';
import { dependenciesOf } from '../../compose/dependencies';
import { dataServiceOfService, healthcheckState } from '../../compose/service-facts';
import { addHealthcheck } from '../../compose/block-edits';

type MessageId = 'noHealthcheck' | 'maybeNoHealthcheck' | 'healthcheckDisabled' | 'addHealthcheck';

export default defineRule<MessageId>({
  id: 'service-healthy-without-healthcheck',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    noHealthcheck: '`{{from}}` waits for `{{to}}` to be healthy, but `{{to}}` has no healthcheck ({{image}} defines none): `docker compose up` fails.',
    maybeNoHealthcheck: '`{{from}}` waits for `{{to}}` to be healthy, but `{{to}}` has no healthcheck: unless its image defines a HEALTHCHECK, `docker compose up` fails.',
    healthcheckDisabled: '`{{from}}` waits for `{{to}}` to be healthy, but `{{to}}` turns its healthcheck off: `docker compose up` fails.',
    addHealthcheck: 'Add a healthcheck to `{{to}}`',
  },
  docs: {
    summary: 'Flags `condition: service_healthy` on a service that has no healthcheck.',
    why:
      '`condition: service_healthy` makes Compose wait until the dependency reports healthy, and only a healthcheck ' +
      'reports health. Without one (neither `healthcheck:` in the file nor HEALTHCHECK in the image) Compose gives up ' +
      'with "container … has no healthcheck configured" and the dependent service never starts. Official database ' +
      'images such as postgres, mysql or redis define no HEALTHCHECK.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n'],
    good: [
      'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n' +
        '    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n',
    ],
    fixSafety:
      'Unsafe: the fix adds a healthcheck to the dependency — the usual probe for well-known images (`pg_isready`, ' +
      '`mysqladmin ping`, `healthcheck.sh` for MariaDB, `redis-cli ping`, `mongosh`, `rabbitmq-diagnostics`, Elasticsearch\'s ' +
      '`_cluster/health`), else an HTTP probe on its first published port that needs curl in the image. Check the command ' +
      'and timings before relying on them. No fix when the service turns its healthcheck off or has no port to probe.',
    references: ['https://docs.docker.com/compose/how-tos/startup-order/', 'https://docs.docker.com/reference/compose-file/services/#healthcheck'],
  },
  check({ compose, report }) {
    const seen = new Set<string>();
    for (const service of compose.services) {
      for (const dependency of dependenciesOf(compose, service).dependencies) {
        if (dependency.condition !== 'service_healthy' || !dependency.conditionSpan) continue;
        const target = compose.service(dependency.name);
        if (!target) continue;
        const state = healthcheckState(compose, target);
        if (state === 'present') continue;
        const key = `${dependency.conditionSpan.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const known = dataServiceOfService(compose, target);
        const messageId = state === 'disabled' ? 'healthcheckDisabled' : known ? 'noHealthcheck' : 'maybeNoHealthcheck';
        const edit = state === 'absent' ? addHealthcheck(compose, target) : undefined;
        report({
          messageId,
          data: { from: service.name, to: target.name, image: known?.label ?? '' },
          span: dependency.conditionSpan,
          fixes: edit ? [{ messageId: 'addHealthcheck', data: { to: target.name }, safety: 'unsafe', edits: [edit] }] : [],
        });
      }
    }
  },
});
