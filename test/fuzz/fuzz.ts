/** The fuzz loop shared by `npm run fuzz` and the short fixed-seed run in `npm test`. */
import { checkDocument, NORMAL_SIZE, type Problem } from './check';
import { FULL_LIMITS, mutantSeed, mutate, Random, type MutationLimits } from './mutate';
import type { Seed } from './seeds';
import type { Language } from '../../server/src/engine';

export interface FuzzOptions {
  seed: number;
  /** Mutant indices [start, start + count). */
  start?: number;
  count: number;
  seeds: readonly Seed[];
  maxFixes?: number;
  limits?: MutationLimits;
  /** The bound on parse + lint and hover of a normal-sized mutant (default check.ts: REQUEST_BOUND_MS). */
  requestBoundMs?: number;
  /** Check re-parsing on every n-th mutant only (default 1: all); it costs a few more lints. */
  reparseEvery?: number;
  /** Problems already known and reported (see known-issues.ts): counted apart, not failures. */
  tolerate?: (problem: Problem) => boolean;
  onFailure?: (failure: FuzzFailure) => void;
  onProgress?: (done: number, stats: FuzzStats) => void;
}

export interface FuzzFailure {
  index: number;
  seedName: string;
  language: Language;
  mutations: string[];
  text: string;
  problems: Problem[];
}

export interface FuzzStats {
  mutants: number;
  failures: number;
  /** Mutants whose only problems were tolerated ones. */
  tolerated: number;
  /** Slowest parse + lint of any mutant, and of normal-sized ones (check.ts: NORMAL_SIZE). */
  maxLintMs: number;
  maxLintMsNormal: number;
  /** Slowest single engine call (parse + lint, hover, a quick fix) on a normal-sized mutant. */
  maxCallMsNormal: number;
  /** Normal-sized mutants whose parse + lint took over 100 ms. */
  over100MsNormal: number;
  largestMutant: number;
  byKind: Record<string, number>;
}


/** One mutant, reproducible from (seed, index) alone. */
export function makeMutant(seed: number, index: number, seeds: readonly Seed[], limits: MutationLimits = FULL_LIMITS) {
  const random = new Random(mutantSeed(seed, index));
  const base = random.pick(seeds);
  const mutant = mutate(base.text, base.language, random, limits);
  return { base, mutant, random };
}

export function runFuzz(options: FuzzOptions): FuzzStats {
  const stats: FuzzStats = { mutants: 0, failures: 0, tolerated: 0, maxLintMs: 0, maxLintMsNormal: 0, maxCallMsNormal: 0, over100MsNormal: 0, largestMutant: 0, byKind: {} };
  const start = options.start ?? 0;
  for (let index = start; index < start + options.count; index++) {
    const { base, mutant, random } = makeMutant(options.seed, index, options.seeds, options.limits);
    const result = checkDocument(mutant.text, base.language, random, { maxFixes: options.maxFixes, requestBoundMs: options.requestBoundMs, reparse: index % (options.reparseEvery ?? 1) === 0 });
    stats.mutants++;
    stats.maxLintMs = Math.max(stats.maxLintMs, result.lintMs);
    stats.largestMutant = Math.max(stats.largestMutant, mutant.text.length);
    if (mutant.text.length <= NORMAL_SIZE) {
      stats.maxLintMsNormal = Math.max(stats.maxLintMsNormal, result.lintMs);
      stats.maxCallMsNormal = Math.max(stats.maxCallMsNormal, result.maxCallMs);
      if (result.lintMs > 100) stats.over100MsNormal++;
    }
    if (result.problems.length > 0 && options.tolerate && result.problems.every(options.tolerate)) stats.tolerated++;
    else if (result.problems.length > 0) {
      stats.failures++;
      for (const p of result.problems) stats.byKind[p.kind] = (stats.byKind[p.kind] ?? 0) + 1;
      options.onFailure?.({ index, seedName: base.name, language: base.language, mutations: mutant.mutations, text: mutant.text, problems: result.problems });
    }
    if (options.onProgress && (index - start + 1) % 1000 === 0) options.onProgress(index - start + 1, stats);
  }
  return stats;
}

/**
 * Shrinks a failing text line by line (then character runs) while a problem of the same kind and rule remains,
 * so a failure file is small enough to read and to become a regression test.
 */
export function reduce(text: string, language: Language, problem: Problem, budget = 300): string {
  const same = (candidate: string) =>
    checkDocument(candidate, language, new Random(1), { maxFixes: 50, timeBoundMs: Infinity }).problems.some((p) => p.kind === problem.kind && p.ruleId === problem.ruleId);
  if (problem.kind === 'slow') return text;
  let current = text;
  for (const unit of ['\n', '']) {
    let chunk = Math.max(1, Math.floor(current.split(unit).length / 2));
    while (chunk >= 1 && budget > 0) {
      const parts = current.split(unit);
      let changed = false;
      for (let i = 0; i + chunk <= parts.length && budget > 0; ) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + chunk)].join(unit);
        budget--;
        if (candidate !== current && same(candidate)) {
          current = candidate;
          parts.splice(i, chunk);
          changed = true;
        } else i += chunk;
      }
      if (!changed) chunk = Math.floor(chunk / 2);
    }
    if (unit === '' || current.length > 400) break;
  }
  return current;
}
