import { isScalar } from 'yaml';
import { defineRule } from '../../define';

type MessageId = 'writable';

export default defineRule<MessageId>({
  id: 'writable-root-filesystem',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'warning',
  enabledByDefault: false,
  fixable: 'never',
  messages: {
    writable: '`{{service}}` can write anywhere in its filesystem: an attacker inside can replace binaries and plant files. Set `read_only: true` and mount `tmpfs` or volumes where it must write.',
  },
  docs: {
    summary: 'Flags services whose root filesystem is writable, without `read_only: true` (opt-in hardening).',
    why:
      'A read-only root filesystem stops an intruder from modifying the application, dropping tools or persisting a ' +
      'backdoor in the container, and it makes accidental writes outside volumes fail loudly instead of filling the ' +
      'writable layer. Most services only write to a few places (`/tmp`, a cache, a data volume), which `tmpfs` and ' +
      'volumes provide.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    read_only: true\n    tmpfs:\n      - /tmp\n      - /var/cache/nginx\n      - /var/run\n'],
    references: ['https://docs.docker.com/reference/compose-file/services/#read_only'],
  },
  check({ compose, report }) {
    for (const service of compose.services) {
      const value = compose.deref(service.get('read_only')?.value);
      if (isScalar(value) && (value.value === true || value.value === 'true')) continue;
      report({ messageId: 'writable', data: { service: service.name }, span: service.keySpan });
    }
  },
});
