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

export const KNOWN_ISSUES: KnownIssue[] = [];

export function isKnownIssue(problem: Problem): boolean {
  const rules = problem.ruleId?.split(', ') ?? [];
  return KNOWN_ISSUES.some(
    (issue) =>
      issue.kinds.includes(problem.kind) && (issue.ruleId === '*' || rules.includes(issue.ruleId)) && (!issue.detail || issue.detail.test(problem.detail)),
  );
}
