/**
 * `npm run fuzz -- [--seed N] [--count N] [--start N] [--chunk N] [--no-corpus]`: mutates the seeds (the shared
 * corpus too when it is there), checks every mutant (see check.ts), writes each failing mutant, reduced, to
 * test/fuzz/failures/<hash>.txt, and records the run in bench/results.md after every chunk.
 */
import { performance } from 'node:perf_hooks';
import { relative } from 'node:path';
import { runFuzz, reduce, type FuzzStats } from './fuzz';
import { checkDocument } from './check';
import { Random } from './mutate';
import { corpusSeeds, repoSeeds } from './seeds';
import { FAILURES_DIR, writeFailure } from './failure-file';
import { environmentLines, updateResultsSection } from '../../bench/results-file';
import { initShellParserForTests } from '../shell-parser-setup';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

const seed = option('seed', Date.now() % 2 ** 31);
const count = option('count', 10_000);
const start = option('start', 0);
const chunk = option('chunk', 5_000);
const useCorpus = !process.argv.includes('--no-corpus');
const log = (s: string) => process.stderr.write(`${s}\n`);

async function main(): Promise<void> {
  await initShellParserForTests();
  const corpus = useCorpus ? corpusSeeds() : [];
  const seeds = [...repoSeeds(), ...corpus];
  log(`fuzz: seed ${seed}, mutants ${start}..${start + count - 1}, ${seeds.length} seed documents (${corpus.length} from the corpus${useCorpus && corpus.length === 0 ? ': not found, repository seeds only' : ''})`);

  const total: FuzzStats = { mutants: 0, failures: 0, tolerated: 0, maxLintMs: 0, maxLintMsNormal: 0, maxCallMsNormal: 0, over100MsNormal: 0, largestMutant: 0, byKind: {} };
  const written = new Set<string>();
  const started = performance.now();
  const environment = environmentLines();

  const record = (minutes: number) => {
    const kinds = Object.entries(total.byKind).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
    updateResultsSection(
      'fuzz',
      [
        '## Fuzz (`npm run fuzz`)',
        '',
        ...environment,
        `- Seed **${seed}**, mutants ${start}..${start + total.mutants - 1}: **${total.mutants}** checked in ${minutes.toFixed(1)} min${total.mutants < count ? ` (run in progress or stopped early: ${count} requested)` : ''}`,
        `- Seed documents: ${seeds.length} (${corpus.length} from ../shared/corpus, the rest from the repository)`,
        `- Failing mutants: **${total.failures}** (problems by kind: ${kinds})${written.size ? `; written to test/fuzz/failures/: ${[...written].join(', ')}` : ''}`,
        `- Slowest parse + lint: ${total.maxLintMs.toFixed(0)} ms on any mutant (largest ${(total.largestMutant / 1024).toFixed(0)} KB); ${total.maxLintMsNormal.toFixed(0)} ms on mutants ≤ 64 KB`,
        `- Slowest single engine call (parse + lint, a hover, one quick fix) on mutants ≤ 64 KB: ${total.maxCallMsNormal.toFixed(0)} ms; mutants ≤ 64 KB whose parse + lint took over 100 ms: ${total.over100MsNormal}`,
        '- Checked for every mutant: no exception escapes (parse, lint, hover at random offsets, up to 12 quick fixes, fix-all safe and with unsafe fixes); no rule crashes; every finding and fix-edit span lies inside the text (checked before lint clamps spans); each quick fix and fix-all leaves no more syntax problems (dockerfile-utils errors or YAML errors, plus our syntax/schema rules) and removes the finding it fixes; fix-all run twice changes nothing the second time; a Dockerfile re-parsed incrementally after 1–3 random edits equals a parse from scratch (model and findings).',
      ].join('\n'),
    );
  };

  for (let from = start; from < start + count; from += chunk) {
    const stats = runFuzz({
      seed,
      start: from,
      count: Math.min(chunk, start + count - from),
      seeds,
      onFailure(failure) {
        const first = failure.problems[0];
        const text = reduce(failure.text, failure.language, first);
        const problems = text === failure.text ? failure.problems : checkDocument(text, failure.language, new Random(1), { maxFixes: 100, timeBoundMs: Infinity }).problems;
        const path = writeFailure(FAILURES_DIR, failure.language, text, problems.length ? problems : failure.problems, {
          seed: String(seed),
          mutant: String(failure.index),
          base: failure.seedName,
          mutations: failure.mutations.join(', '),
          reduced: text === failure.text ? 'no' : `yes, from ${failure.text.length} characters`,
        });
        written.add(relative(FAILURES_DIR, path));
        log(`  FAIL mutant ${failure.index} (${failure.seedName}; ${failure.mutations.join(', ')}): ${first.kind}${first.ruleId ? ` [${first.ruleId}]` : ''} → ${relative(process.cwd(), path)}`);
      },
    });
    total.mutants += stats.mutants;
    total.failures += stats.failures;
    total.maxLintMs = Math.max(total.maxLintMs, stats.maxLintMs);
    total.maxLintMsNormal = Math.max(total.maxLintMsNormal, stats.maxLintMsNormal);
    total.maxCallMsNormal = Math.max(total.maxCallMsNormal, stats.maxCallMsNormal);
    total.over100MsNormal += stats.over100MsNormal;
    total.largestMutant = Math.max(total.largestMutant, stats.largestMutant);
    for (const [k, v] of Object.entries(stats.byKind)) total.byKind[k] = (total.byKind[k] ?? 0) + v;
    const minutes = (performance.now() - started) / 60_000;
    log(`fuzz: ${total.mutants} mutants, ${total.failures} failing, ${minutes.toFixed(1)} min, slowest parse+lint ${total.maxLintMs.toFixed(0)} ms`);
    record(minutes);
  }
  process.exitCode = total.failures > 0 ? 1 : 0;
}

void main();
