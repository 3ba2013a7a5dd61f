import { ruleTester } from '#test/rule-tester';
import rule from './repeated-merge-key';

const ANCHORS = 'x-a: &a\n  restart: always\nx-b: &b\n  init: true\nx-c: &c\n  restart: "no"\n';

ruleTester.run(rule, {
  valid: [
    `${ANCHORS}services:\n  api:\n    <<: [*a, *b]\n    image: nginx\n`,
    `${ANCHORS}services:\n  api:\n    <<: *a\n    image: nginx\n`,
    // A quoted "<<" is an ordinary key.
    `services:\n  api:\n    image: nginx\n    labels:\n      "<<": x\n      <<: {}\n`,
  ],
  invalid: [
    {
      code: `${ANCHORS}services:\n  api:\n    <<: *a\n    «<<»: *b\n    image: nginx\n`,
      errors: [{ messageId: 'repeatedMerge', data: { aliases: '*a, *b' } }],
      output: `${ANCHORS}services:\n  api:\n    <<: [*a, *b]\n    image: nginx\n`,
    },
    {
      // Three keys, one already a list; comments and other lines stay as they were.
      code: `${ANCHORS}services:\n  api:\n    # shared settings\n    <<: [*a]\n    image: nginx # pinned\n    «<<»: *b\n`,
      errors: [{ messageId: 'repeatedMerge', data: { aliases: '*a, *b' } }],
      output: `${ANCHORS}services:\n  api:\n    # shared settings\n    <<: [*a, *b]\n    image: nginx # pinned\n`,
    },
    {
      // Both anchors set `restart`: which one wins depends on the order, so the fix is marked unsafe.
      code: `${ANCHORS}services:\n  api:\n    <<: *a\n    «<<»: *c\n`,
      errors: [{ messageId: 'repeatedMerge' }],
      output: null,
      unsafeOutput: `${ANCHORS}services:\n  api:\n    <<: [*a, *c]\n`,
    },
    {
      // An inline mapping cannot go into the list, and a comment on the line would be lost: no fix.
      code: `${ANCHORS}services:\n  api:\n    <<: {tty: true}\n    «<<»: *b\n  db:\n    <<: *a\n    «<<»: *b # logging\n`,
      errors: [{ messageId: 'repeatedMerge' }, { messageId: 'repeatedMerge' }],
      output: null,
      unsafeOutput: null,
    },
  ],
});
