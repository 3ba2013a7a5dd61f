import { defineRule } from '../../define';
import type { DockerInstruction } from '../../parse/dockerfile';
import { replace } from '../../fix/edits';
import { INSTRUCTIONS } from '../../knowledge/dockerfile-instructions';

type MessageId = 'inconsistent' | 'changeCasing';

export default defineRule<MessageId>({
  id: 'inconsistent-instruction-casing',
  language: 'dockerfile',
  aliases: ['ConsistentInstructionCasing'],
  category: 'style',
  severity: 'warning',
  fixable: 'always',
  messages: {
    inconsistent: '`{{keyword}}` is not written like the rest of this file\'s instructions ({{casing}}); write `{{expected}}`.',
    changeCasing: 'Change to `{{expected}}`',
  },
  docs: {
    summary: 'Flags instruction keywords whose casing differs from the file\'s majority (or mixes cases, like `Run`).',
    why:
      'Instruction keywords are case-insensitive, but a file that mixes `RUN` and `run` is harder to scan, and tools and ' +
      'people searching for `COPY` miss the `copy` lines. Upper case is the common convention; the rule follows whichever ' +
      'casing most of the file already uses.',
    bad: ['FROM alpine:3.20\nrun apk add --no-cache curl\nCMD ["sh"]', 'from alpine:3.20\nRun echo hi'],
    good: ['FROM alpine:3.20\nRUN apk add --no-cache curl\nCMD ["sh"]', 'from alpine:3.20\nrun echo hi'],
    fixSafety: 'Safe: keyword casing has no effect on the build.',
    references: ['https://docs.docker.com/reference/build-checks/consistent-instruction-casing/'],
  },
  check({ dockerfile, report }) {
    const keywords = dockerfile.instructions
      .flatMap((i) => (i.trigger ? [i, i.trigger] : [i]))
      .filter((i) => INSTRUCTIONS.includes(i.keyword));
    const isLower = (i: DockerInstruction) => i.rawKeyword === i.rawKeyword.toLowerCase();
    const isUpper = (i: DockerInstruction) => i.rawKeyword === i.rawKeyword.toUpperCase();
    const lower = keywords.filter(isLower).length;
    const upper = keywords.filter(isUpper).length;
    const majorityLower = lower > upper;
    for (const instruction of keywords) {
      if (majorityLower ? isLower(instruction) : isUpper(instruction)) continue;
      const expected = majorityLower ? instruction.keyword.toLowerCase() : instruction.keyword;
      report({
        messageId: 'inconsistent',
        data: { keyword: instruction.rawKeyword, casing: majorityLower ? 'lower case' : 'upper case', expected },
        span: instruction.keywordSpan,
        fixes: [{ messageId: 'changeCasing', data: { expected }, safety: 'safe', edits: [replace(instruction.keywordSpan, expected)] }],
      });
    }
  },
});
