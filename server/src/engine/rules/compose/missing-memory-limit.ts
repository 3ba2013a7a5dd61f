import { defineRule } from '../../define';

type MessageId = 'noLimit';

export default defineRule<MessageId>({
  id: 'missing-memory-limit',
  language: 'compose',
  aliases: [],
  category: 'reliability',
  severity: 'warning',
  enabledByDefault: false,
  fixable: 'never',
  messages: {
    noLimit: '`{{service}}` has no memory limit: a leak or a load spike in it can take the memory of every other container on the host. Set `deploy.resources.limits.memory` (or `mem_limit`).',
  },
  docs: {
    summary: 'Flags services without a memory limit (opt-in hardening).',
    why:
      'Without a limit a container may use all the host\'s memory; when it runs out, the kernel\'s OOM killer picks a ' +
      'victim that may be another service, or the Docker daemon. A limit confines the damage to the service at fault, ' +
      'which is then restarted with exit code 137. Pick it from the service\'s observed peak plus headroom; JVMs and ' +
      'Node.js must also be told about it.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n', 'services:\n  api:\n    image: nginx:1.27\n    mem_limit: 256m\n'],
    references: ['https://docs.docker.com/reference/compose-file/deploy/#resources', 'https://docs.docker.com/engine/containers/resource_constraints/'],
  },
  check({ compose, report }) {
    for (const service of compose.services) {
      const limits = compose.resolve(compose.resolve(compose.resolve(service.get('deploy')?.value)?.get('resources')?.value)?.get('limits')?.value);
      if (service.get('mem_limit') || limits?.get('memory')) continue;
      report({ messageId: 'noLimit', data: { service: service.name }, span: service.keySpan });
    }
  },
});
