/**
 * `npm run fuzz -- [--seed N] [--count N] [--start N] [--chunk N] [--no-corpus]`: mutates the seeds (the shared
 * corpus too when it is there), checks every mutant (see check.ts), writes each failing mutant, reduced, to
 * test/fuzz/failures/<hash>.txt, and records the run in bench/results.md after every chunk.
 */
import { performance } from 'node:perf_hooks';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runFuzz, reduce, type FuzzStats } from './fuzz';
import { checkDocument, NORMAL_SIZE, REQUEST_BOUND_MS } from './check';
import { Random } from './mutate';
import { corpusSeeds, repoSeeds } from './seeds';
import { FAILURES_DIR, writeFailure } from './failure-file';
import { environmentLines, updateResultsSection } from '../../bench/results-file';
import { initShellParserForTests } from '../shell-parser-setup';
import { isKnownIssue, KNOWN_ISSUES } from './known-issues';

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
const maxFixes = option('max-fixes', 12);
const reparseEvery = option('reparse-every', 1);
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

  // Runs of the same seed over other mutant ranges (shards started side by side) are summed into one report.
  const shardDir = join(tmpdir(), `shipshape-fuzz-${seed}`);
  mkdirSync(shardDir, { recursive: true });
  const record = (ownMinutes: number) => {
    writeFileSync(join(shardDir, `${start}.json`), JSON.stringify({ start, total, written: [...written], minutes: ownMinutes }));
    const shards = readdirSync(shardDir).map((f) => JSON.parse(readFileSync(join(shardDir, f), 'utf8')) as { start: number; total: FuzzStats; written: string[]; minutes: number });
    const sum = (pick: (t: FuzzStats) => number) => shards.reduce((s, x) => s + pick(x.total), 0);
    const max = (pick: (t: FuzzStats) => number) => Math.max(...shards.map((x) => pick(x.total)));
    const all: FuzzStats = {
      mutants: sum((t) => t.mutants),
      failures: sum((t) => t.failures),
      tolerated: sum((t) => t.tolerated),
      maxLintMs: max((t) => t.maxLintMs),
      maxLintMsNormal: max((t) => t.maxLintMsNormal),
      maxCallMsNormal: max((t) => t.maxCallMsNormal),
      over100MsNormal: sum((t) => t.over100MsNormal),
      largestMutant: max((t) => t.largestMutant),
      byKind: {},
    };
    for (const x of shards) for (const [k, v] of Object.entries(x.total.byKind)) all.byKind[k] = (all.byKind[k] ?? 0) + v;
    const files = [...new Set(shards.flatMap((x) => x.written))];
    const ranges = shards.sort((a, b) => a.start - b.start).map((x) => `${x.start}..${x.start + x.total.mutants - 1}`).join(', ');
    const minutes = Math.max(...shards.map((x) => x.minutes));
    writeReport(all, files, ranges, minutes, shards.length);
  };

  const writeReport = (total: FuzzStats, written: string[], ranges: string, minutes: number, shardCount: number) => {
    const kinds = Object.entries(total.byKind).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
    updateResultsSection(
      'fuzz',
      [
        '## Fuzz (`npm run fuzz`)',
        '',
        ...environment,
        `- Seed **${seed}**, mutants ${ranges}: **${total.mutants}** checked in ${minutes.toFixed(1)} min${shardCount > 1 ? ` (${shardCount} processes side by side)` : ''}`,
        `- Seed documents: ${seeds.length} (${corpus.length} from ../shared/corpus, the rest from the repository)`,
        `- Failing mutants: **${total.failures}** (problems by kind: ${kinds})${written.length ? `; written to test/fuzz/failures/: ${written.join(', ')}` : ''}`,
        `- Mutants hitting only known, reported issues (test/fuzz/known-issues.ts: ${KNOWN_ISSUES.map((k) => k.ruleId).join(', ') || 'none'}): ${total.tolerated}`,
        `- Settings: up to ${maxFixes} quick fixes per mutant; re-parse check on ${reparseEvery === 1 ? 'every mutant' : `every ${reparseEvery}th mutant`}`,
        `- Slowest parse + lint: ${total.maxLintMs.toFixed(0)} ms on any mutant (largest ${(total.largestMutant / 1024).toFixed(0)} KB); ${total.maxLintMsNormal.toFixed(0)} ms on normal-sized mutants (≤ ${NORMAL_SIZE / 1024} KB)`,
        `- Slowest single engine call (parse + lint, a hover, one quick fix) on normal-sized mutants, first try: ${total.maxCallMsNormal.toFixed(0)} ms; normal-sized mutants whose first parse + lint took over ${REQUEST_BOUND_MS} ms: ${total.over100MsNormal} (a failure only when the fastest of three tries is over ${REQUEST_BOUND_MS} ms)`,
        `- Checked for every mutant: no exception escapes (parse, lint, hover at random offsets, quick fixes, fix-all safe and with unsafe fixes); no rule crashes; every finding and fix-edit span lies inside the text (checked before lint clamps spans); each quick fix and fix-all leaves no more syntax problems (dockerfile-utils errors or YAML errors, plus our syntax rules) and removes the finding it fixes; fix-all run twice changes nothing the second time; completion, definition, references, highlights, rename, signature help, symbols, folding, links and semantic tokens never throw and answer inside the text; formatting is idempotent, adds no finding and keeps here-document bodies, comments (Dockerfile) and the document's value (Compose); a Dockerfile re-parsed incrementally after 1–3 random edits equals a parse from scratch (model and findings). Time bound: parse + lint and every hover within ${REQUEST_BOUND_MS} ms on normal-sized mutants (fastest of three tries, each the smaller of its wall time and its thread's CPU time: test/fuzz/request-time.ts), 10 s + 1 s per 20 KB on larger ones.`,
      ].join('\n'),
    );
  };

  for (let from = start; from < start + count; from += chunk) {
    const stats = runFuzz({
      seed,
      start: from,
      count: Math.min(chunk, start + count - from),
      seeds,
      maxFixes,
      reparseEvery,
      tolerate: isKnownIssue,
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
    total.tolerated += stats.tolerated;
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
