import { defineRule } from '../../define';

type MessageId = 'unsorted';

export default defineRule<MessageId>({
  id: 'unsorted-services',
  language: 'compose',
  aliases: ['services-alphabetical-order'],
  category: 'style',
  severity: 'info',
  enabledByDefault: false,
  fixable: 'never',
  messages: {
    unsorted: 'The service `{{service}}` should come before `{{before}}`: services are listed alphabetically.',
  },
  docs: {
    summary: 'Asks for services in alphabetical order (opt-in style).',
    why: 'In a long file, alphabetical order tells readers where to look for a service and where to add a new one, and keeps merge conflicts apart.',
    bad: ['services:\n  web:\n    image: nginx:1.27\n  api:\n    image: nginx:1.27\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n  web:\n    image: nginx:1.27\n'],
  },
  check({ compose, report }) {
    // The names seen so far, sorted: the first one after a name is the service it belongs before.
    const seen: string[] = [];
    for (const service of compose.services) {
      if (service.entry.mergedVia) continue;
      const at = firstGreater(seen, service.name);
      if (at < seen.length) report({ messageId: 'unsorted', data: { service: service.name, before: seen[at] }, span: service.keySpan });
      seen.splice(at, 0, service.name);
    }
  },
});

function firstGreater(sorted: readonly string[], name: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].localeCompare(name) > 0) high = mid;
    else low = mid + 1;
  }
  return low;
}
