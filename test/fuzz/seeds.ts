/**
 * Documents the fuzzer mutates. The repository's own seeds (test/fuzz/seeds, examples/, and every rule's documented
 * bad/good examples) are always there; the shared corpus is added when it exists beside the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { languageOfFileName, rules, type Language } from '../../server/src/engine';

export interface Seed {
  name: string;
  language: Language;
  text: string;
}

const ROOT = join(__dirname, '..', '..');
export const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** Seeds that ship with the repository: the same on every clone, so a fixed-seed run is reproducible anywhere. */
export function repoSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const path of [...filesUnder(join(__dirname, 'seeds')), ...filesUnder(join(ROOT, 'examples'))]) {
    const language = languageOfFileName(path) ?? (/\.ya?ml$/.test(path) ? 'compose' : 'dockerfile');
    seeds.push({ name: relative(ROOT, path), language, text: readFileSync(path, 'utf8') });
  }
  for (const rule of rules) {
    [...rule.docs.bad, ...rule.docs.good].forEach((text, i) => seeds.push({ name: `docs:${rule.id}#${i}`, language: rule.language, text }));
  }
  return seeds;
}

/** The shared corpus, or an empty list when it is not there. */
export function corpusSeeds(): Seed[] {
  return (['dockerfile', 'compose'] as const).flatMap((language) =>
    filesUnder(join(CORPUS_DIR, language)).map((path) => ({ name: relative(CORPUS_DIR, path), language, text: readFileSync(path, 'utf8') })),
  );
}
