/** Applying edits and fixes to text: used by fix-all, the CLI's --fix and the rule tester. */
import type { Edit, Finding, Fix, FixSafety } from '../model';

/** Applies non-overlapping edits (throws on overlap: that is a bug in a fix). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.span.start < cursor) throw new Error(`overlapping edits at offset ${edit.span.start}`);
    out += text.slice(cursor, edit.span.start) + edit.text;
    cursor = edit.span.end;
  }
  return out + text.slice(cursor);
}

function touches(a: Edit, b: Edit): boolean {
  return a.span.start <= b.span.end && b.span.start <= a.span.end;
}

/** The fix fix-all would take for a finding: its first fix the allowed safety admits. */
export function preferredFix(finding: Finding, allowUnsafe: boolean): Fix | undefined {
  return finding.fixes.find((f) => fixAllowed(f.safety, allowUnsafe));
}

export function fixAllowed(safety: FixSafety, allowUnsafe: boolean): boolean {
  return safety === 'safe' || allowUnsafe;
}

/**
 * Picks one fix per finding, skipping any whose edits touch an edit already picked, so they can all be
 * applied at once. What is skipped is picked up by the next pass of `fixAll`.
 */
export function selectCompatibleFixes(findings: readonly Finding[], allowUnsafe: boolean): Fix[] {
  const chosen: Fix[] = [];
  const taken: Edit[] = [];
  for (const finding of findings) {
    const fix = preferredFix(finding, allowUnsafe);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => touches(e, t)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

export interface FixAllResult {
  text: string;
  /** Fixes applied, over all passes. */
  applied: Fix[];
  passes: number;
}

/** Applies every allowed fix, re-linting between passes, until nothing changes or `maxPasses` is reached. */
export function fixAll(
  text: string,
  lintText: (text: string) => readonly Finding[],
  options: { allowUnsafe?: boolean; maxPasses?: number } = {},
): FixAllResult {
  const maxPasses = options.maxPasses ?? 10;
  const applied: Fix[] = [];
  let current = text;
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = selectCompatibleFixes(lintText(current), options.allowUnsafe ?? false);
    if (fixes.length === 0) break;
    const next = applyEdits(current, fixes.flatMap((f) => f.edits));
    passes++;
    if (next === current) break;
    applied.push(...fixes);
    current = next;
  }
  return { text: current, applied, passes };
}
