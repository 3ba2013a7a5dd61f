import { isScalar } from 'yaml';
import { defineRule } from '../../define';
import { replace } from '../../fix/edits';
import { closest } from '../../compose/suggest';
import { isPartialProject } from '../../compose/service-facts';
import type { ComposeModel } from '../../compose/model';
import type { ComposeReference } from '../../compose/references';

type MessageId = 'unknownService' | 'renameTo';

export default defineRule<MessageId>({
  id: 'unknown-service-reference',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    unknownService: '`{{via}}` names the service `{{name}}`, which this file does not define: Compose refuses the file{{hint}}',
    renameTo: 'Change to `{{to}}`',
  },
  docs: {
    summary: 'Flags `depends_on`, `links`, `extends`, `volumes_from` and `service:` modes that name a service the file does not define.',
    why:
      'Compose resolves every service name before it starts anything, so a misspelt or removed service in `depends_on`, ' +
      '`links`, `extends`, `volumes_from` or `network_mode: service:…` stops `docker compose up` for the whole project, ' +
      'often on a machine where the file was not tested.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      - dbb\n  db:\n    image: postgres:16\n'],
    good: [
      'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n',
      'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_started\n        required: false\n',
    ],
    fixSafety:
      'Safe when exactly one defined service is a typo away from the name (`dbb` → `db`): the file was refused, and the fix ' +
      'makes it the one that was meant. No fix otherwise.',
    differences:
      'A file that includes others, whose services lack an `image`/`build`, or whose name is that of a layered file ' +
      '(`compose.override.yaml`, `compose.prod.yaml`) may get services from elsewhere: it is not checked. `depends_on` entries with `required: false` may name a service that is absent.',
    references: ['https://docs.docker.com/reference/compose-file/services/#depends_on'],
  },
  check({ compose, project, report }) {
    if (isPartialProject(compose, project.fileName)) return;
    const names = compose.services.map((s) => s.name);
    const seen = new Set<string>();
    for (const ref of compose.references) {
      if (ref.kind !== 'service' || compose.service(ref.name) || optionalDependency(compose, ref)) continue;
      // A reference written inside an anchor shows up once per service merging it.
      const key = `${ref.span.start}:${ref.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const to = closest(ref.name, names);
      // Replaced as plain text, so both names must read the same unquoted (`a[` would need quotes in a flow list).
      const exact = compose.text.slice(ref.span.start, ref.span.end) === ref.name && !!to && /^[a-zA-Z0-9._-]+$/.test(to);
      report({
        messageId: 'unknownService',
        data: { via: ref.via, name: ref.name, hint: to ? ` (did you mean \`${to}\`?)` : '.' },
        span: ref.span,
        fixes: to && exact ? [{ messageId: 'renameTo', data: { to }, safety: 'safe', edits: [replace(ref.span, to)] }] : [],
      });
    }
  },
});

/** `depends_on: { x: { required: false } }`: Compose only warns when `x` is missing. */
function optionalDependency(compose: ComposeModel, ref: ComposeReference): boolean {
  if (ref.via !== 'depends_on') return false;
  const dependsOn = compose.resolve(compose.service(ref.from)?.get('depends_on')?.value);
  const required = compose.deref(compose.resolve(dependsOn?.get(ref.name)?.value)?.get('required')?.value);
  return isScalar(required) && (required.value === false || required.value === 'false');
}
