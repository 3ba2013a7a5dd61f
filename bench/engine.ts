/** In-process throughput over the same texts: our parse + every rule, our parse alone, and the peers' equivalents. */
import { performance } from 'node:perf_hooks';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import type { Language } from '../server/src/engine';
import { bundledEngine } from './engine-bundle';
import { median } from './stats';

export interface Throughput {
  mbPerSecond: number;
  /** Milliseconds for one pass over all texts (median). */
  passMs: number;
}

/**
 * Runs each work over every text, pass after pass, taking turns (one pass of each, then again) for at least `minMs`
 * after a warm-up pass, so that changing load on a shared machine falls on all of them alike; reports each one's
 * median pass. MB here is 2^20 bytes of UTF-8.
 */
export function throughputs<K extends string>(texts: readonly string[], works: Record<K, (text: string) => unknown>, minMs = 2000, minPasses = 5): Record<K, Throughput> {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const names = Object.keys(works) as K[];
  const passes = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (const name of names) for (const t of texts) works[name](t);
  const started = performance.now();
  while (passes[names[0]].length < minPasses || performance.now() - started < minMs) {
    for (const name of names) {
      const t0 = performance.now();
      for (const t of texts) works[name](t);
      passes[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const passMs = median(passes[name]);
      return [name, { mbPerSecond: bytes / 1024 / 1024 / (passMs / 1000), passMs }];
    }),
  ) as Record<K, Throughput>;
}

/** One work alone (see `throughputs`). */
export function throughput(texts: readonly string[], work: (text: string) => unknown, minMs = 2000, minPasses = 5): Throughput {
  return throughputs(texts, { work }, minMs, minPasses).work;
}

export const oursAllRules = async (language: Language) => {
  const { lint, parseDocument } = await bundledEngine();
  return (text: string) => lint(parseDocument(text, language));
};
export const oursParseOnly = async (language: Language) => {
  const { parseDocument } = await bundledEngine();
  return (text: string) => parseDocument(text, language);
};
export const dockerfileUtilsValidate = (text: string) => validate(text);
export const dockerfileAstParse = (text: string) => DockerfileParser.parse(text);
