import { defineRule } from '../../define';
import { replace } from '../../fix/edits';

type MessageId = 'upperCase' | 'lowerCase';

const KNOWN_PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

export default defineRule<MessageId>({
  id: 'expose-protocol-casing',
  language: 'dockerfile',
  aliases: ['ExposeProtoCasing'],
  category: 'style',
  severity: 'warning',
  fixable: 'always',
  messages: {
    upperCase: 'Write the protocol in lower case (`{{lower}}`), as Docker reports and compares it.',
    lowerCase: 'Write `{{lower}}`',
  },
  docs: {
    summary: 'Flags EXPOSE protocols that are not written in lower case (`80/TCP`).',
    why:
      'Docker accepts `TCP` and `tcp` alike, but stores, prints and compares the lower-case form: `docker inspect`, ' +
      'Compose and orchestrators all show `80/tcp`. Writing it the same way in the Dockerfile keeps searches and reviews ' +
      'simple, and it is the form every example in the reference uses.',
    bad: ['FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp'],
    good: ['FROM nginx:1.27\nEXPOSE 80/tcp 53/udp'],
    fixSafety: 'Safe: Docker reads the protocol case-insensitively, so lower-casing changes nothing in the image.',
    references: ['https://docs.docker.com/reference/build-checks/expose-proto-casing/'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'EXPOSE') continue;
      for (const word of instruction.args) {
        const slash = word.value.indexOf('/');
        if (slash < 0 || word.value.includes('$')) continue;
        const protocol = word.value.slice(slash + 1);
        const lower = protocol.toLowerCase();
        // An unknown protocol is invalid-expose-port's business.
        if (protocol === lower || !KNOWN_PROTOCOLS.has(lower)) continue;
        const span = { start: word.span.start + slash + 1, end: word.span.end };
        report({ messageId: 'upperCase', data: { lower }, span, fixes: [{ messageId: 'lowerCase', data: { lower }, safety: 'safe', edits: [replace(span, lower)] }] });
      }
    }
  },
});
