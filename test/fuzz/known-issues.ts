/**
 * Fuzz failures in rules other people own, reported to them and awaiting a fix. The short run in `npm test`
 * tolerates exactly these (a problem of this kind naming this rule), prints them, and fails on anything else.
 * Remove an entry once its rule is fixed; test/fuzz/failures/ holds an example input for each.
 */
import type { Problem } from './check';

export interface KnownIssue {
  /** The rule at fault; `*` when the fault is in a parser every rule of a kind uses. */
  ruleId: string;
  kinds: string[];
  /** Narrows the issue to problems whose detail matches. */
  detail?: RegExp;
  /** An input that shows it, in test/fuzz/failures/. */
  example: string;
  note: string;
}

export const KNOWN_ISSUES: KnownIssue[] = [
  {
    ruleId: 'root-final-stage',
    kinds: ['fix-keeps-finding', 'fix-not-idempotent', 'fix-breaks-syntax'],
    example: '8825bed3d6c7.txt',
    note: '"Run as a non-root user" inserts USER after the last instruction even when that instruction continues past the end of the file (`FROM d\\` with no line after it): the USER line becomes part of it.',
  },
  {
    ruleId: 'relative-copy-destination',
    kinds: ['fix-breaks-syntax'],
    example: '39bf5679d751.txt',
    note: '`COPY <<` (a here-document marker without a name) is taken for the destination and "made absolute" as `/<<`.',
  },
  {
    ruleId: 'apt-lists-not-removed',
    kinds: ['fix-keeps-finding', 'fix-not-idempotent'],
    example: '661a2e1cf66f.txt',
    note: 'In `RUN apt-get update "` (an unclosed quote) the appended `&& rm -rf /var/lib/apt/lists/*` lands inside the quote.',
  },
  {
    ruleId: 'yum-cache-not-cleaned',
    kinds: ['fix-keeps-finding', 'fix-not-idempotent'],
    example: '36ce2ead8dcc.txt',
    note: 'The same as apt-lists-not-removed: after an unclosed quote the appended clean-up lands inside the quote.',
  },
  {
    ruleId: 'undeclared-compose-resource',
    kinds: ['fix-keeps-finding', 'fix-not-idempotent', 'fix-breaks-syntax'],
    example: '26530b847f30.txt, 8f503bff687a.txt, 3fb736b7947f.txt',
    note: 'In a service whose key is empty (`services:\n :\n    volumes:\n    - a:a`) or whose list is unclosed, "Declare `a` under the top-level `volumes:`" adds a declaration that does not silence the finding, and fix-all adds it again each pass.',
  },
  {
    ruleId: 'install-after-copy-all',
    kinds: ['fix-keeps-finding'],
    example: 'd2a9beaecfbc.txt',
    note: '`FROM\ncopy . s\nRUN t= pip install -rt\nRUN mvn p`: "Copy dependency manifests first" leaves the finding in place.',
  },
  {
    ruleId: 'obsolete-version-key',
    kinds: ['fix-breaks-syntax'],
    example: '4baea916137a.txt',
    note: '`version: \'\'\n :\n:`: removing the `version` line leaves an indented line first, which YAML then reads differently (0 → 2 syntax errors).',
  },
  {
    ruleId: 'excessive-alias-expansion',
    kinds: ['internal-error'],
    example: '00258366b50e.txt, 38b990bf56ac.txt',
    note: 'A mapping that merges itself (`&a\n: <<: *a`) sends the merge resolution into endless recursion: "Maximum call stack size exceeded".',
  },
  {
    ruleId: 'compose-schema',
    kinds: ['internal-error'],
    example: '38b990bf56ac.txt, eed7ddd58d3f.txt',
    note: 'The same self-merging mapping (`&logs\n:\n <<: *logs`): "Maximum call stack size exceeded".',
  },
  {
    ruleId: '*',
    kinds: ['exception'],
    detail: /compose\/(value|merge|anchors)\.ts/,
    example: '38b990bf56ac.txt',
    note: 'The self-merging mapping also makes hover throw: `composeValue` (compose/value.ts) recurses through the merge without end ("Maximum call stack size exceeded").',
  },
  {
    ruleId: '*',
    kinds: ['internal-error'],
    detail: /Maximum call stack size exceeded/,
    example: '64fae6c0af0c.txt',
    note: 'The shell parser recurses once per nesting level: `RUN $($($(… x)))` nested 2,000 deep overflows the stack and every rule reading RUN commands fails (and the parse takes seconds).',
  },
];

export function isKnownIssue(problem: Problem): boolean {
  const rules = problem.ruleId?.split(', ') ?? [];
  return KNOWN_ISSUES.some(
    (issue) =>
      issue.kinds.includes(problem.kind) && (issue.ruleId === '*' || rules.includes(issue.ruleId)) && (!issue.detail || issue.detail.test(problem.detail)),
  );
}
