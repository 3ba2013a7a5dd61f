/**
 * Profiling helper (not part of `npm run bench`): runs one workload on the unminified bundled engine so that
 * `node --cpu-prof --import tsx bench/profile.ts <corpus|edit5k|compose5k>` yields a readable CPU profile.
 */
/** CPU milliseconds of this process: far steadier than wall time on a shared, loaded machine. */
const performance = { now: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } };
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledEngine, type Engine } from './engine-bundle';
import { installedShellParserWasm } from '../server/src/node/shell-parser';
import { REPO_ROOT } from './inputs';

/** `ENGINE=/path/to/engine.js` profiles an earlier build of the engine (for before/after comparisons). */
async function loadEngine(): Promise<Engine> {
  if (!process.env.ENGINE) return bundledEngine(false);
  const loaded = require(process.env.ENGINE) as Engine;
  const wasm = installedShellParserWasm(join(REPO_ROOT, 'node_modules'));
  await loaded.initShellParser({ coreWasm: readFileSync(wasm.coreWasm), bashWasm: readFileSync(wasm.bashWasm) });
  return loaded;
}
import { generateCompose, generateDockerfile, loadCorpus, typingOffset } from './inputs';

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'corpus';
  const passes = Number(process.argv[3] ?? 3);
  const engine = await loadEngine();
  if (which === 'corpus' || which === 'compose') {
    const files = loadCorpus(which === 'corpus' ? 'dockerfile' : 'compose') ?? [];
    const language = which === 'corpus' ? 'dockerfile' : 'compose';
    for (let p = 0; p < passes; p++) {
      const t0 = performance.now();
      let parseMs = 0;
      for (const f of files) {
        const a = performance.now();
        const parsed = engine.parseDocument(f.text, language);
        parseMs += performance.now() - a;
        engine.lint(parsed);
      }
      console.log(`pass ${p}: ${(performance.now() - t0).toFixed(0)} ms (parse ${parseMs.toFixed(0)} ms)`);
    }
  } else if (which === 'edit5k') {
    const lines = Number(process.argv[4] ?? 5000);
    let text = generateDockerfile(lines);
    let parsed = engine.parseDocument(text, 'dockerfile');
    engine.lint(parsed);
    const at = typingOffset(text, 'dockerfile');
    const typed = ' && echo typing-one-character-at-a-time-0123456789';
    const parseTimes: number[] = [];
    const lintTimes: number[] = [];
    for (let i = 0; i < 50 * passes; i++) {
      const k = i % 50;
      text = text.slice(0, at + k) + typed[k] + text.slice(at + k);
      if (k === 49) text = text.slice(0, at) + text.slice(at + 50);
      const a = performance.now();
      parsed = engine.parseDocument(text, 'dockerfile', parsed);
      const b = performance.now();
      engine.lint(parsed);
      parseTimes.push(b - a);
      lintTimes.push(performance.now() - b);
    }
    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1].toFixed(1);
    console.log(`edit on ${lines} lines: reparse p50 ${med(parseTimes)} ms, lint p50 ${med(lintTimes)} ms`);
  } else if (which === 'compose5k') {
    const text = generateCompose(5000);
    for (let p = 0; p < passes; p++) {
      const a = performance.now();
      const parsed = engine.parseDocument(text, 'compose');
      const b = performance.now();
      engine.lint(parsed);
      console.log(`compose 5k: parse ${(b - a).toFixed(0)} ms, lint ${(performance.now() - b).toFixed(0)} ms`);
    }
  }
}

if (!['rules', 'corpusrules'].includes(process.argv[2])) void main();

/** Per-rule cost on one edit of a large Dockerfile (`node --import tsx bench/profile.ts rules [lines]`). */
export async function perRule(lines: number): Promise<void> {
  const engine = await loadEngine();
  let text = generateDockerfile(lines);
  let parsed = engine.parseDocument(text, 'dockerfile');
  engine.lint(parsed);
  const at = typingOffset(text, 'dockerfile');
  const costs = new Map<string, number[]>();
  for (let k = 0; k < 10; k++) {
    text = text.slice(0, at) + 'x' + text.slice(at);
    parsed = engine.parseDocument(text, 'dockerfile', parsed);
    if (process.argv[4] === 'warm') engine.lint(parsed);
    for (const rule of engine.rules) {
      if (rule.language !== 'dockerfile') continue;
      const a = performance.now();
      engine.lint(parsed, { rules: [rule] });
      (costs.get(rule.id) ?? costs.set(rule.id, []).get(rule.id)!).push(performance.now() - a);
    }
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const rows = [...costs].map(([id, xs]) => [id, med(xs)] as const).sort((a, b) => b[1] - a[1]);
  console.log(`total ${rows.reduce((s, r) => s + r[1], 0).toFixed(1)} ms`);
  for (const [id, m] of rows.slice(0, 40)) console.log(`${m.toFixed(2).padStart(8)} ms  ${id}`);
}
if (process.argv[2] === 'rules') void perRule(Number(process.argv[3] ?? 5000));

/** Per-rule cost over the Dockerfile corpus, derived data already computed (`… profile.ts corpusrules`). */
async function corpusRules(): Promise<void> {
  const engine = await loadEngine();
  const docs = (loadCorpus('dockerfile') ?? []).map((f) => engine.parseDocument(f.text, 'dockerfile'));
  for (const d of docs) engine.lint(d);
  const costs = new Map<string, number>();
  for (let pass = 0; pass < 3; pass++)
    for (const rule of engine.rules) {
      if (rule.language !== 'dockerfile') continue;
      const a = performance.now();
      for (const d of docs) engine.lint(d, { rules: [rule] });
      costs.set(rule.id, (costs.get(rule.id) ?? 0) + (performance.now() - a) / 3);
    }
  const rows = [...costs].sort((a, b) => b[1] - a[1]);
  console.log(`total ${rows.reduce((s, r) => s + r[1], 0).toFixed(1)} ms per pass over ${docs.length} files`);
  for (const [id, m] of rows.slice(0, 30)) console.log(`${m.toFixed(2).padStart(8)} ms  ${id}`);
}
if (process.argv[2] === 'corpusrules') void corpusRules();
