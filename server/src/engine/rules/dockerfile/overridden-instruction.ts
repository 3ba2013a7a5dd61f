import { defineRule } from '../../define';
import { fullLines, remove } from '../../fix/edits';

type MessageId = 'overridden' | 'removeOverridden';

/** Image settings of which a stage keeps only the last. */
const SINGLE_VALUED = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export default defineRule<MessageId>({
  id: 'overridden-instruction',
  language: 'dockerfile',
  aliases: ['MultipleInstructionsDisallowed', 'DL4003', 'DL4004', 'DL3012'],
  category: 'correctness',
  severity: 'warning',
  fixable: 'always',
  messages: {
    overridden: 'This {{keyword}} has no effect: the {{keyword}} on line {{line}} replaces it, since a stage keeps only its last {{keyword}}.',
    removeOverridden: 'Remove the overridden {{keyword}}',
  },
  docs: {
    summary: 'Flags a CMD, ENTRYPOINT or HEALTHCHECK that a later one in the same stage overrides.',
    why:
      'An image has one command, one entrypoint and one healthcheck, so only the last of each in a stage counts. An earlier ' +
      'one is dead code that readers take at face value — often a leftover from debugging, or two commands someone meant ' +
      'to run together (`migrate && serve`) that in fact never run.',
    bad: ['FROM node:20\nCMD ["npm", "run", "migrate"]\nCMD ["node", "server.js"]'],
    good: [
      'FROM node:20\nCMD ["node", "server.js"]',
      'FROM node:20 AS base\nCMD ["node"]\nFROM base\nCMD ["node", "server.js"]',
      'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCMD ["nginx", "-g", "daemon off;"]',
    ],
    fixSafety:
      'Removing the overridden instruction leaves the image exactly as it is, but it deletes something the author wrote, ' +
      'perhaps meaning to combine it with the later one, so the fix is offered as unsafe.',
    differences:
      'hadolint reports the later instructions (DL4003 CMD, DL4004 ENTRYPOINT, DL3012 HEALTHCHECK, with different ' +
      'severities); Shipshape, like BuildKit, reports the earlier ones, which are the ones without effect, as one warning.',
    references: ['https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/'],
  },
  check({ dockerfile, report }) {
    for (const stage of dockerfile.stages) {
      const last = new Map<string, number>();
      for (const instruction of stage.instructions) if (SINGLE_VALUED.has(instruction.keyword)) last.set(instruction.keyword, instruction.span.start);
      for (const instruction of stage.instructions) {
        const winner = last.get(instruction.keyword);
        if (winner === undefined || winner === instruction.span.start) continue;
        const keyword = instruction.keyword;
        report({
          messageId: 'overridden',
          data: { keyword, line: dockerfile.lines.positionAt(winner).line + 1 },
          span: instruction.keywordSpan,
          fixes: [{ messageId: 'removeOverridden', data: { keyword }, safety: 'unsafe', edits: [remove(fullLines(dockerfile.text, instruction.span))] }],
        });
      }
    }
  },
});
