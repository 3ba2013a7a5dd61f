/** Finds the files to lint under the given paths. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languageOfFileName, type Language } from '../engine';
import { UsageError } from './args';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export function discover(paths: string[]): { path: string; language: Language }[] {
  const found: { path: string; language: Language }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        const language = languageOfFileName(full);
        if (language) found.push({ path: full, language });
      }
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`no such file or directory: ${path}`);
    }
    // A file named explicitly is linted as a Dockerfile whatever its name.
    if (stats.isDirectory()) walk(path);
    else found.push({ path, language: languageOfFileName(path) ?? 'dockerfile' });
  }
  return found;
}
