/**
 * The fuzzer's oracle: everything that must hold for any text, however broken. For one document it parses,
 * lints, hovers at random offsets, applies every quick fix and fix-all, and reports each broken promise.
 */
import { validate, ValidationCode } from 'dockerfile-utils';
import { applyEdits, fixAll, hover, lint, parseDocument, rules as allRules, type Finding, type Fix, type Language, type ParsedDocument, type Rule, type Span } from '../../server/src/engine';
import type { Random } from './mutate';
import { randomEdit, reparseDifference, applyEdit, type Edit } from './reparse-check';
import { checkEditorFeatures, checkFormatting } from './editor-checks';
import { startStopwatch } from './request-time';

export interface Problem {
  /** What broke: `exception`, `internal-error`, `span`, `fix-*`, `slow`, `reparse-differs`. */
  kind: string;
  /** The rule at fault; for fix-all, every rule whose fixes were applied (`a, b`). */
  ruleId?: string;
  detail: string;
}

export interface CheckResult {
  problems: Problem[];
  /** Parse + lint time of the document, in ms (see request-time.ts). */
  lintMs: number;
  /** Slowest single engine call (parse + lint, hover, one quick fix), in ms (see request-time.ts). */
  maxCallMs: number;
}

/**
 * "Normal-sized": up to the size of the largest file of the shared corpus (15 KB). On such a file parse + lint and every
 * hover must answer within REQUEST_BOUND_MS; larger files only within a generous bound that catches hangs.
 */
export const NORMAL_SIZE = 16 * 1024;
export const REQUEST_BOUND_MS = 100;
/**
 * The bound `npm test` uses instead (its short run and the regression replays): there the check guards against hangs,
 * not for speed, since unit tests run side by side on whatever machine CI has. Speed is `npm run fuzz`'s job.
 */
export const HANG_GUARD_MS = 2_000;

export interface CheckOptions {
  /** At most this many quick fixes are tried per document (picked at random). */
  maxFixes?: number;
  /** Parse + lint or a hover slower than this (three tries) is a problem; default as described at NORMAL_SIZE. */
  timeBoundMs?: number;
  /** The bound on a normal-sized document when `timeBoundMs` is not given (default REQUEST_BOUND_MS). */
  requestBoundMs?: number;
  /** Check that re-parsing after random edits equals parsing from scratch (default true). */
  reparse?: boolean;
}

const spanInside = (span: Span, length: number) =>
  Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length;

/** Every rule, wrapped to check the spans it reports before lint() clamps them (clamping would hide a bug). */
function watchedRules(text: string, problems: Problem[]): Rule[] {
  return allRules.map((rule) => {
    const check = rule.check as (context: { report(r: { span: Span; fixes?: { edits: { span: Span }[] }[] }): void }) => void;
    const watched = {
      ...rule,
      check(context: Parameters<typeof check>[0]) {
        check({
          ...context,
          report(r) {
            if (!spanInside(r.span, text.length)) problems.push({ kind: 'span', ruleId: rule.id, detail: `finding span ${JSON.stringify(r.span)} outside 0..${text.length}` });
            for (const fix of r.fixes ?? [])
              for (const edit of fix.edits)
                if (!spanInside(edit.span, text.length)) problems.push({ kind: 'span', ruleId: rule.id, detail: `fix edit span ${JSON.stringify(edit.span)} outside 0..${text.length}` });
            context.report(r);
          },
        });
      },
    };
    return watched as Rule;
  });
}

/**
 * Problems that make a document parse "worse": for Dockerfiles the errors dockerfile-utils reports (an independent
 * parser's view), for Compose files YAML errors; for both, findings of our own syntax rules. (Schema findings do not
 * count: fixing a misspelt key rightly reveals the schema problems of what it holds.)
 */
export function syntaxProblemCount(text: string, language: Language, findings: readonly Finding[]): number {
  const ours = findings.filter((f) => /syntax/i.test(f.ruleId)).length;
  return ours + parserErrors(text, language);
}

/**
 * The parser's error count of a text (dockerfile-utils or the yaml package), remembered for the last texts: every
 * quick fix and fix-all pass of a mutant compares against the same original, and this was a tenth of a run's time.
 */
function parserErrors(text: string, language: Language): number {
  const key = `${language}\0${text}`;
  let count = parserErrorCounts.get(key);
  if (count === undefined) {
    count = language === 'dockerfile' ? peerSyntaxErrors(text) : (parsedOnce(text, language).compose?.problems.filter((p) => p.level === 'error').length ?? 0);
    if (parserErrorCounts.size >= 256) parserErrorCounts.clear();
    parserErrorCounts.set(key, count);
  }
  return count;
}
const parserErrorCounts = new Map<string, number>();

/**
 * A text parsed once for the oracle's several looks at it (linting a fixed text, the peer's hang guard); the timed
 * parses parse afresh. Parsing is pure, so sharing the result changes nothing but the time.
 */
function parsedOnce(text: string, language: Language): ParsedDocument {
  const key = `${language}\0${text}`;
  let parsed = parses.get(key);
  if (!parsed) {
    if (parses.size >= 64) parses.clear();
    parses.set(key, (parsed = parseDocument(text, language)));
  }
  return parsed;
}
const parses = new Map<string, ParsedDocument>();

/** Findings of the same rule and message: a fix may turn one problem of a rule into another (an unknown keyword into a keyword missing its arguments). */
const sameKind = (a: Finding, b: Finding) => a.ruleId === b.ruleId && a.messageId === b.messageId;
/**
 * dockerfile-utils' error count, or NaN (no comparison holds) when it fails itself: it overflows its stack on some
 * inputs (dockerfile-ast's variable resolution loops on `" 0 $}\nFROM o\nUSER x\n"`), which is not our fix's fault.
 */
function peerSyntaxErrors(text: string): number {
  if (hangsThePeer(text)) return NaN;
  try {
    return validate(text).filter((d) => d.severity === 1 && !misreadQuotedDestination(d, text) && !singleQuoteInsideDoubleQuotes(d, text)).length;
  } catch {
    return NaN;
  }
}

/**
 * dockerfile-utils tests a FROM's third word (the stage name) with `/^[a-z]([a-z0-9_\-.]*)*$/`, whose nested
 * quantifiers take exponential time on a long word that fails it (`org.opencontainers.image.created"`): the oracle
 * would hang, so it gives no count for such a text. (Our own rules never run that pattern.)
 */
function hangsThePeer(text: string): boolean {
  const instructions = parsedOnce(text, 'dockerfile').dockerfile?.instructions ?? [];
  return instructions.some((i) => i.keyword === 'FROM' && (i.args[2]?.value.length ?? 0) > 16 && !/^[a-z][a-z0-9_\-.]*$/i.test(i.args[2].value));
}

/**
 * dockerfile-utils checks that a COPY/ADD destination with several sources ends in `/` on the word with its quotes, so
 * it flags every quoted destination (`"/app/"`) unless the word ends in a variable; a `/` added to `"$"` made it
 * complain. Such a complaint says nothing about the text.
 */
function misreadQuotedDestination(diagnostic: ReturnType<typeof validate>[number], text: string): boolean {
  if (diagnostic.code !== ValidationCode.INVALID_DESTINATION) return false;
  return /^(["']).*\1$/s.test(wordAt(diagnostic.range, text));
}

/**
 * dockerfile-utils reports "looking for matching single-quote" on a value such as `"'b"` (LABEL, ENV), where the `'` is
 * a plain character inside double quotes, as BuildKit reads it. Such a complaint says nothing about the text.
 */
function singleQuoteInsideDoubleQuotes(diagnostic: ReturnType<typeof validate>[number], text: string): boolean {
  if (diagnostic.code !== ValidationCode.SYNTAX_MISSING_SINGLE_QUOTE) return false;
  return /^"[^"\\]*"$/.test(wordAt(diagnostic.range, text));
}

function wordAt(range: ReturnType<typeof validate>[number]['range'], text: string): string {
  const lines = text.split(/\r?\n|\r/);
  const { start, end } = range;
  return start.line === end.line ? lines[start.line]?.slice(start.character, end.character) ?? '' : '';
}

const countOf = (findings: readonly Finding[], like: Finding) => findings.filter((f) => sameKind(f, like)).length;

const isSyntaxRule = (ruleId: string) => /syntax/i.test(ruleId);

/** Where the edits' new text lies in the edited document. */
function editedRanges(edits: readonly { span: Span; text: string }[]): Span[] {
  let delta = 0;
  return [...edits]
    .sort((a, b) => a.span.start - b.span.start)
    .map((edit) => {
      const range = { start: edit.span.start + delta, end: edit.span.start + delta + edit.text.length };
      delta += edit.text.length - (edit.span.end - edit.span.start);
      return range;
    });
}

/** Where `span` lands after `edits`; undefined when an edit overlaps it or inserts inside or at its edges. */
function shiftSpan(span: Span, edits: readonly { span: Span; text: string }[]): Span | undefined {
  let delta = 0;
  for (const edit of edits) {
    const touches = edit.span.start === edit.span.end ? span.start <= edit.span.start && edit.span.start <= span.end : edit.span.start < span.end && span.start < edit.span.end;
    if (touches) return undefined;
    if (edit.span.end <= span.start) delta += edit.text.length - (edit.span.end - edit.span.start);
  }
  return { start: span.start + delta, end: span.end + delta };
}

/** The error and where it came from: the stack's distinct frames (a recursion shows once, then its caller). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frames = [...new Set((error.stack ?? '').split('\n').slice(1).map((f) => f.trim()))].slice(0, 10);
  return `${error.name}: ${error.message}\n${frames.join('\n')}`;
}

export function checkDocument(text: string, language: Language, random: Random, options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const maxFixes = options.maxFixes ?? 12;
  const timeBoundMs = options.timeBoundMs ?? (text.length <= NORMAL_SIZE ? (options.requestBoundMs ?? REQUEST_BOUND_MS) : 10_000 + text.length / 20);
  /** The fastest of three runs of `work`, the first taking `firstMs`: a busy machine slows one run, not three. */
  const fastestOf = (firstMs: number, work: () => unknown) => {
    let best = firstMs;
    for (let i = 0; i < 2 && best > timeBoundMs; i++) {
      const elapsed = startStopwatch();
      work();
      best = Math.min(best, elapsed());
    }
    return best;
  };
  let maxCallMs = 0;
  const timed = <T>(work: () => T): T => {
    const elapsed = startStopwatch();
    try {
      return work();
    } finally {
      maxCallMs = Math.max(maxCallMs, elapsed());
    }
  };
  // Fix-all lints the text it ends with, and the next checks lint it again: remember each text's findings.
  const linted = new Map<string, Finding[]>();
  const lintText = (t: string) => {
    let found = linted.get(t);
    if (!found) linted.set(t, (found = lint(parsedOnce(t, language))));
    return found;
  };

  // 1. Parse and lint with every rule: nothing escapes, no rule crashes, every span is inside the text.
  let findings: Finding[];
  const elapsed = startStopwatch();
  try {
    findings = timed(() => lint(parseDocument(text, language), { rules: watchedRules(text, problems) }));
  } catch (error) {
    problems.push({ kind: 'exception', detail: `parse/lint threw: ${describe(error)}` });
    return { problems, lintMs: elapsed(), maxCallMs };
  }
  const lintMs = fastestOf(elapsed(), () => lint(parseDocument(text, language)));
  if (lintMs > timeBoundMs) problems.push({ kind: 'slow', detail: `parse + lint took ${lintMs.toFixed(0)} ms (bound ${timeBoundMs.toFixed(0)} ms) on ${text.length} characters` });
  linted.set(text, findings);
  for (const f of findings) {
    if (f.ruleId === 'internal-error') problems.push({ kind: 'internal-error', ruleId: /"([^"]+)"/.exec(f.message)?.[1], detail: f.message });
    if (!spanInside(f.span, text.length)) problems.push({ kind: 'span', ruleId: f.ruleId, detail: `finding span ${JSON.stringify(f.span)} outside 0..${text.length}` });
  }

  // 2. Hover anywhere: never throws, answers inside the text.
  const parsed = parsedOnce(text, language);
  const offsets = [0, text.length, ...Array.from({ length: 6 }, () => random.int(text.length + 1)), ...findings.slice(0, 4).map((f) => f.span.start)];
  for (const offset of offsets) {
    try {
      const hoverElapsed = startStopwatch();
      const answer = timed(() => hover(parsed, offset, findings, allRules));
      const ms = fastestOf(hoverElapsed(), () => hover(parsed, offset, findings, allRules));
      if (ms > timeBoundMs) problems.push({ kind: 'slow', detail: `hover at ${offset} took ${ms.toFixed(0)} ms (bound ${timeBoundMs.toFixed(0)} ms) on ${text.length} characters` });
      if (answer && !spanInside(answer.span, text.length)) problems.push({ kind: 'hover-span', detail: `hover at ${offset}: span ${JSON.stringify(answer.span)} outside 0..${text.length}` });
    } catch (error) {
      problems.push({ kind: 'exception', detail: `hover at ${offset} threw: ${describe(error)}` });
    }
  }

  // 2b. The other editor features at the same offsets, and formatting.
  checkEditorFeatures(parsed, offsets.slice(1, 4), timed, problems);
  checkFormatting(parsed, findings, language, timed, problems);

  // 3. Every quick fix (a random sample on large documents): applies, parses no worse, removes its finding.
  const withFixes = findings.flatMap((finding) => finding.fixes.map((fix) => ({ finding, fix })));
  const sample = withFixes.length <= maxFixes ? withFixes : Array.from({ length: maxFixes }, () => random.pick(withFixes));
  let syntaxBefore: number | undefined;
  for (const { finding, fix } of sample) {
    const where = `${finding.ruleId} fix "${fix.title}" at ${JSON.stringify(finding.span)}`;
    try {
      const fixed = timed(() => applyEdits(text, fix.edits));
      const after = timed(() => lintText(fixed));
      // A syntax rule's own fix changes syntax on purpose (an unknown keyword made known shows its argument errors).
      if (!isSyntaxRule(finding.ruleId)) {
        syntaxBefore ??= syntaxProblemCount(text, language, findings);
        const syntaxAfter = syntaxProblemCount(fixed, language, after);
        if (syntaxAfter > syntaxBefore) problems.push({ kind: 'fix-breaks-syntax', ruleId: finding.ruleId, detail: `${where}: syntax problems ${syntaxBefore} → ${syntaxAfter}` });
      }
      // The same finding: at the span moved by the edits, or, when an edit rewrote the span, on what the edit wrote.
      const moved = shiftSpan(finding.span, fix.edits);
      const written = editedRanges(fix.edits);
      const stillThere = moved
        ? after.some((f) => sameKind(f, finding) && f.span.start === moved.start && f.span.end === moved.end)
        : after.some((f) => sameKind(f, finding) && written.some((r) => f.span.start <= r.end && r.start <= f.span.end));
      if (countOf(after, finding) >= countOf(findings, finding) && stillThere) problems.push({ kind: 'fix-keeps-finding', ruleId: finding.ruleId, detail: `${where}: the finding is still there after the fix` });
    } catch (error) {
      problems.push({ kind: 'exception', ruleId: finding.ruleId, detail: `${where} threw: ${describe(error)}` });
    }
  }

  // 4. Fix-all, safe and unsafe: applies, parses no worse, and a second run changes nothing. Problems name the
  //    rules whose fixes were applied.
  if (withFixes.length > 0) {
    const ruleOf = new Map<Fix, string>();
    const lintRecording = (t: string) => {
      const found = lintText(t);
      for (const f of found) for (const fix of f.fixes) ruleOf.set(fix, f.ruleId);
      return found;
    };
    const rulesOf = (fixes: readonly Fix[]) => [...new Set(fixes.map((f) => ruleOf.get(f) ?? '?'))].sort().join(', ');
    const hasUnsafe = withFixes.some(({ fix }) => fix.safety === 'unsafe');
    for (const allowUnsafe of hasUnsafe ? [false, true] : [false]) {
      const label = allowUnsafe ? 'fix-all (unsafe too)' : 'fix-all';
      try {
        const once = timed(() => fixAll(text, lintRecording, { allowUnsafe }));
        if (once.text === text) continue;
        syntaxBefore ??= syntaxProblemCount(text, language, findings);
        const syntaxAfter = syntaxProblemCount(once.text, language, lintText(once.text));
        if (syntaxAfter > syntaxBefore && !once.applied.some((f) => isSyntaxRule(ruleOf.get(f) ?? ''))) problems.push({ kind: 'fix-breaks-syntax', ruleId: rulesOf(once.applied), detail: `${label}: syntax problems ${syntaxBefore} → ${syntaxAfter} (fixes: ${once.applied.map((f) => f.title).join('; ')})` });
        const twice = fixAll(once.text, lintRecording, { allowUnsafe });
        if (twice.text !== once.text) problems.push({ kind: 'fix-not-idempotent', ruleId: rulesOf(twice.applied), detail: `${label}: a second run applied ${twice.applied.map((f) => f.title).join('; ')}` });
      } catch (error) {
        problems.push({ kind: 'exception', detail: `${label} threw: ${describe(error)}` });
      }
    }
  }
  // 5. Editing: a Dockerfile re-parsed from its previous versions equals one parsed from scratch.
  if (language === 'dockerfile' && options.reparse !== false) {
    const edits: Edit[] = [];
    let edited = text;
    for (let n = 1 + random.int(3); n > 0; n--) {
      const edit = randomEdit(edited, random);
      edits.push(edit);
      edited = applyEdit(edited, edit);
    }
    try {
      const difference = reparseDifference(text, edits);
      if (difference) problems.push({ kind: 'reparse-differs', detail: difference });
    } catch (error) {
      problems.push({ kind: 'exception', detail: `re-parse after edits ${JSON.stringify(edits)} threw: ${describe(error)}` });
    }
  }
  return { problems, lintMs, maxCallMs };
}
