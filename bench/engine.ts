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
 * Runs `work` over every text, pass after pass, for at least `minMs` (after one warm-up pass); reports the median pass.
 * MB here is 2^20 bytes of UTF-8.
 */
export function throughput(texts: readonly string[], work: (text: string) => unknown, minMs = 2000, minPasses = 5): Throughput {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  for (const t of texts) work(t);
  const passes: number[] = [];
  const started = performance.now();
  while (passes.length < minPasses || performance.now() - started < minMs) {
    const t0 = performance.now();
    for (const t of texts) work(t);
    passes.push(performance.now() - t0);
  }
  const passMs = median(passes);
  return { mbPerSecond: bytes / 1024 / 1024 / (passMs / 1000), passMs };
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
