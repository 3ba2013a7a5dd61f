/**
 * Finds the files to lint. A directory is searched for Dockerfiles and Compose files by name (and by
 * `--dockerfile-glob` / `--compose-glob`), skipping `node_modules`, `.git`, what `.gitignore` files ignore and what
 * `--exclude` names. A glob selects the files it matches under the same skips. A file named explicitly is always
 * linted (like Ruff and ESLint without their force options): naming it is the strongest signal there is.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { languageOfFileName, type Language } from '../engine';
import { IgnoreFiles, PatternList } from './ignore-files';
import { UsageError } from './usage-error';

export interface FoundFile {
  path: string;
  language: Language;
}

export interface DiscoverOptions {
  dockerfileGlobs: readonly string[];
  composeGlobs: readonly string[];
  excludes: readonly string[];
  gitignore: boolean;
  cwd: string;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const GLOB_CHARACTERS = /[*?[]/;

/** Which language a file is: by the custom globs, then by name; a file named on purpose always has one. */
export function fileClassifier(options: Pick<DiscoverOptions, 'dockerfileGlobs' | 'composeGlobs' | 'cwd'>) {
  const cwd = resolve(options.cwd);
  const dockerfileGlobs = new PatternList(cwd, options.dockerfileGlobs);
  const composeGlobs = new PatternList(cwd, options.composeGlobs);
  const byName = (absolute: string): Language | undefined =>
    dockerfileGlobs.matches(absolute, false) ? 'dockerfile' : composeGlobs.matches(absolute, false) ? 'compose' : languageOfFileName(absolute);
  // A file named on purpose is linted whatever its name: YAML as Compose, anything else as a Dockerfile.
  const explicit = (absolute: string): Language => byName(absolute) ?? (/\.ya?ml$/i.test(absolute) ? 'compose' : 'dockerfile');
  return { byName, explicit };
}

export function discover(paths: readonly string[], options: DiscoverOptions): FoundFile[] {
  const cwd = resolve(options.cwd);
  const excludes = new PatternList(cwd, options.excludes);
  const { byName, explicit: explicitLanguage } = fileClassifier(options);

  const found = new Map<string, FoundFile>();
  const add = (path: string, language: Language) => {
    const key = resolve(cwd, path);
    if (!found.has(key)) found.set(key, { path, language });
  };

  /** Walks `dir` (shown as `shown`), calling `visit` for each file that no ignore rule skips. */
  const walk = (dir: string, shown: string, visit: (absolute: string, shownPath: string) => void) => {
    const step = (absDir: string, shownDir: string, ignores: IgnoreFiles) => {
      const here = options.gitignore ? ignores.enter(absDir) : ignores;
      for (const entry of entriesOf(absDir)) {
        const absolute = join(absDir, entry.name);
        const shownPath = shownDir === '.' ? entry.name : join(shownDir, entry.name);
        const isDirectory = entry.isDirectory();
        if (isDirectory && SKIPPED_DIRECTORIES.has(entry.name)) continue;
        if (excludes.matches(absolute, isDirectory) || here.ignores(absolute, isDirectory)) continue;
        if (isDirectory) step(absolute, shownPath, here);
        else if (entry.isFile() || entry.isSymbolicLink()) visit(absolute, shownPath);
      }
    };
    const absDir = resolve(cwd, dir);
    step(absDir, shown, options.gitignore ? IgnoreFiles.above(absDir) : IgnoreFiles.none());
  };

  for (const path of paths) {
    if (path === '-') continue;
    const stats = statOf(resolve(cwd, path));
    if (stats?.isDirectory()) {
      walk(path, path, (absolute, shown) => {
        const language = byName(absolute);
        if (language) add(shown, language);
      });
    } else if (stats) {
      add(path, explicitLanguage(resolve(cwd, path)));
    } else if (GLOB_CHARACTERS.test(path)) {
      const { base, pattern } = splitGlob(path);
      const selected = new PatternList(resolve(cwd, base), [pattern]);
      if (statOf(resolve(cwd, base))?.isDirectory()) {
        walk(base, base, (absolute, shown) => {
          if (selected.matches(absolute, false)) add(shown, explicitLanguage(absolute));
        });
      }
    } else {
      throw new UsageError(`no such file or directory: ${path}`);
    }
  }
  return [...found.values()];
}

/** `services/**\/Dockerfile` → base `services`, pattern `/**\/Dockerfile` (anchored at the base, as a shell would). */
function splitGlob(glob: string): { base: string; pattern: string } {
  const parts = glob.split(/[\\/]/);
  const firstGlob = parts.findIndex((part) => GLOB_CHARACTERS.test(part));
  const baseParts = parts.slice(0, firstGlob);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  return { base, pattern: '/' + parts.slice(firstGlob).join('/') };
}

function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
