import { defineRule } from '../../define';
import { replace } from '../../fix/edits';

type MessageId = 'mismatch' | 'matchCasing';

export default defineRule<MessageId>({
  id: 'from-as-casing',
  language: 'dockerfile',
  aliases: ['FromAsCasing'],
  category: 'style',
  severity: 'warning',
  fixable: 'always',
  messages: {
    mismatch: '`{{as}}` does not match the casing of `{{from}}`; write `{{expected}}`.',
    matchCasing: 'Change `{{as}}` to `{{expected}}`',
  },
  docs: {
    summary: 'Flags `FROM … as name` written in a different case from its FROM keyword.',
    why:
      'Keywords are case-insensitive, so the build does not care, but `FROM node AS build` and `from node as build` are the ' +
      'two readable spellings. A mixed `FROM node as build` is the kind of inconsistency that makes a Dockerfile look unkempt ' +
      'and makes text searches for `AS build` miss stages.',
    bad: ['FROM node:20 as build\nRUN npm ci'],
    good: ['FROM node:20 AS build\nRUN npm ci', 'from node:20 as build\nrun npm ci'],
    fixSafety: 'Safe: keyword casing has no effect on the build.',
    references: ['https://docs.docker.com/reference/build-checks/from-as-casing/'],
  },
  check({ dockerfile, report }) {
    for (const stage of dockerfile.stages) {
      const from = stage.from;
      const as = from.args[1];
      if (!stage.nameSpan || !as || as.value.toLowerCase() !== 'as') continue;
      const keyword = from.rawKeyword;
      const expected = keyword === keyword.toUpperCase() ? 'AS' : keyword === keyword.toLowerCase() ? 'as' : undefined;
      if (!expected || as.value === expected) continue;
      const data = { as: as.value, from: keyword, expected };
      report({ messageId: 'mismatch', data, span: as.span, fixes: [{ messageId: 'matchCasing', data, safety: 'safe', edits: [replace(as.span, expected)] }] });
    }
  },
});
