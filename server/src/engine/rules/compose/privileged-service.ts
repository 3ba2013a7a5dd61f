import { isScalar } from 'yaml';
import { defineRule } from '../../define';

type MessageId = 'privileged';

export default defineRule<MessageId>({
  id: 'privileged-service',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    privileged: '`{{service}}` runs privileged: the container gets every capability and all host devices, so escaping to the host is trivial. Grant only what it needs (`cap_add`, `devices`).',
  },
  docs: {
    summary: 'Flags services with `privileged: true`.',
    why:
      'A privileged container gets all Linux capabilities, access to every host device and no seccomp or AppArmor ' +
      'confinement: root in it is root on the host (mounting the host disk is one command). Most services that "need" it ' +
      'need one capability or one device, which `cap_add` and `devices` grant alone.',
    bad: ['services:\n  agent:\n    image: busybox:1.36\n    privileged: true\n'],
    good: ['services:\n  agent:\n    image: busybox:1.36\n    cap_add: [NET_BIND_SERVICE]\n'],
    references: ['https://docs.docker.com/reference/compose-file/services/#privileged', 'https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const entry = service.get('privileged');
      const value = compose.deref(entry?.value);
      if (!entry || !isScalar(value) || !(value.value === true || value.value === 'true') || seen.has(entry.valueSpan.start)) continue;
      seen.add(entry.valueSpan.start);
      report({ messageId: 'privileged', data: { service: service.name }, span: entry.valueSpan });
    }
  },
});
