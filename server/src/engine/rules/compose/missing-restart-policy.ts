import { defineRule } from '../../define';
import { appendToMap, writtenBlockMap } from '../../compose/block-edits';

type MessageId = 'noRestart' | 'addRestart';

export default defineRule<MessageId>({
  id: 'missing-restart-policy',
  language: 'compose',
  aliases: [],
  category: 'reliability',
  severity: 'warning',
  enabledByDefault: false,
  fixable: 'sometimes',
  messages: {
    noRestart: '`{{service}}` has no restart policy: when it crashes, or the host reboots, it stays down.',
    addRestart: 'Add `restart: unless-stopped`',
  },
  docs: {
    summary: 'Flags services without a `restart` policy (opt-in hardening).',
    why:
      'The default policy is `no`: a service that crashes, is killed for memory or loses its daemon in a host reboot stays ' +
      'down until someone notices. `unless-stopped` (or `on-failure` for jobs) brings it back, while `docker compose ' +
      'stop` still stops it.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    restart: unless-stopped\n', 'services:\n  api:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: on-failure\n'],
    fixSafety: 'Unsafe: the service then comes back after crashes and reboots, which one-off jobs do not want. The fix appends `restart: unless-stopped` to the service.',
    references: ['https://docs.docker.com/reference/compose-file/services/#restart'],
  },
  check({ compose, report }) {
    for (const service of compose.services) {
      if (service.get('restart') || compose.resolve(service.get('deploy')?.value)?.get('restart_policy')) continue;
      const map = writtenBlockMap(service);
      const edit = map && appendToMap(compose, map, ['restart: unless-stopped']);
      report({ messageId: 'noRestart', data: { service: service.name }, span: service.keySpan, fixes: edit ? [{ messageId: 'addRestart', safety: 'unsafe', edits: [edit] }] : [] });
    }
  },
});
