/**
 * A failing mutant on disk: a few `key: value` header lines, then the exact text as a JSON string (so NULs, lone
 * surrogates and CRs survive). Failures go to test/fuzz/failures/; moved to test/fuzz/regressions/ they are replayed
 * by regressions.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../server/src/engine';
import type { Problem } from './check';

export const FAILURES_DIR = join(__dirname, 'failures');
export const REGRESSIONS_DIR = join(__dirname, 'regressions');

export interface FailureCase {
  language: Language;
  text: string;
  /** Free-form provenance: seed, mutant index, mutations, rules involved. */
  info: Record<string, string>;
}

const TEXT_MARKER = 'text (JSON):';

export function writeFailure(dir: string, language: Language, text: string, problems: Problem[], info: Record<string, string>): string {
  const hash = createHash('sha1').update(language).update('\0').update(text).digest('hex').slice(0, 12);
  const header = {
    language,
    ...info,
    rules: [...new Set(problems.map((p) => p.ruleId).filter(Boolean))].join(', ') || '(engine)',
    problems: problems.map((p) => `${p.kind}${p.ruleId ? ` [${p.ruleId}]` : ''}: ${p.detail.split('\n')[0]}`).join(' | '),
  };
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${hash}.txt`);
  const lines = Object.entries(header).map(([k, v]) => `${k}: ${v.replace(/[\r\n]+/g, ' ')}`);
  writeFileSync(path, `${lines.join('\n')}\n${TEXT_MARKER}\n${JSON.stringify(text)}\n`);
  return path;
}

export function readFailure(path: string): FailureCase {
  const raw = readFileSync(path, 'utf8');
  const at = raw.indexOf(`\n${TEXT_MARKER}\n`);
  if (at < 0) throw new Error(`${path}: no "${TEXT_MARKER}" line`);
  const info: Record<string, string> = {};
  for (const line of raw.slice(0, at).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) info[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const language = info.language === 'compose' ? 'compose' : 'dockerfile';
  return { language, text: JSON.parse(raw.slice(at + TEXT_MARKER.length + 2)) as string, info };
}
