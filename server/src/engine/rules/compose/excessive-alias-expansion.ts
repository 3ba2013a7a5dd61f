import { defineRule } from '../../define';
import { MAX_EXPANDED_VALUES } from '../../compose/value';

type MessageId = 'tooLarge' | 'recursive';

export default defineRule<MessageId>({
  id: 'excessive-alias-expansion',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'error',
  fixable: 'never',
  messages: {
    tooLarge:
      'Aliases expand this file to {{size}} values, more than the {{limit}} Shipshape allows (a "billion laughs" pattern): ' +
      'loading it can exhaust memory, so it was not expanded or checked against the schema.',
    recursive: 'The alias `*{{alias}}` sits inside the node it refers to, so the value would be infinite: Compose refuses the file.',
  },
  docs: {
    summary: 'Flags YAML aliases that expand a small file into a huge or infinite value.',
    why:
      'An anchor can be reused by aliases, and an anchored list can itself hold aliases: ten levels of ten aliases stand for ' +
      'ten billion values in a few hundred bytes (the "billion laughs" attack). A tool that expands such a file runs out of ' +
      'memory or hangs; a file from an untrusted source (a pull request, a template) can take down an editor or a CI job. ' +
      'An alias inside the node it names has no finite value at all.',
    bad: [
      ['x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefg'.split('').map((c, i) => `x-${c}: &${c} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`), 'services: {}', ''].join('\n'),
      'x-loop: &loop\n  self: *loop\nservices:\n  api:\n    image: nginx:1.27\n',
    ],
    good: ['x-common: &common\n  restart: unless-stopped\nservices:\n  api:\n    <<: *common\n    image: nginx:1.27\n'],
    differences: `The limit is ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} expanded values (scalars, lists and mappings); a generated 5,000-service file stays well below it.`,
  },
  check({ compose, report }) {
    const value = compose.value;
    if (value.ok) return;
    if (value.problem === 'recursive') report({ messageId: 'recursive', data: { alias: value.alias }, span: value.span });
    else report({ messageId: 'tooLarge', data: { size: (value.size ?? 0).toLocaleString('en-US'), limit: MAX_EXPANDED_VALUES.toLocaleString('en-US') }, span: value.span });
  },
});
