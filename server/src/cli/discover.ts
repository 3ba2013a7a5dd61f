/**
 * Finds the files to lint. A directory is searched for Dockerfiles and Compose files by name (and by
 * `--dockerfile-glob` / `--compose-glob`), skipping `node_modules`, `.git`, what `.gitignore` files ignore and what
 * `--exclude` names. A glob selects the files it matches under the same skips. A file named explicitly is always
 * linted (like Ruff and ESLint without their force options): naming it is the strongest signal there is. Its
 * language comes from its name; a YAML file with another name (`deploy/prod.yaml`, `stack.yml`) is a Compose file
 * when it has a top-level `services:` or `include:` key, and is skipped otherwise (a Kubernetes manifest or CI file
 * would only produce nonsense), each with a note on stderr.
 */
import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
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
  /** A one-line note for stderr about how a file was classified or why it was skipped. */
  notice?: (message: string) => void;
}

/** A file named on purpose: linted as `language`, with a `note` when that was decided from its content; or skipped. */
export type Classification = { language: Language; note?: string } | { skipped: string };

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const GLOB_CHARACTERS = /[*?[]/;
const YAML_NAME = /\.ya?ml$/i;
/** Every Compose file has one of these top-level keys; Kubernetes manifests, CI files and Helm values do not. */
const COMPOSE_TOP_LEVEL_KEY = /^["']?(?:services|include)["']?[ \t]*:/m;

const DETECTED_COMPOSE_NOTE = 'linted as a Compose file (its name is not a Compose name, but it has a top-level services: key)';
const NOT_COMPOSE_NOTE = 'skipped: YAML without a top-level services: key is not a Compose file (--compose-glob lints it anyway)';

/** Which language a file is: by the custom globs, then by name; for a file named on purpose, by its content too. */
export function fileClassifier(options: Pick<DiscoverOptions, 'dockerfileGlobs' | 'composeGlobs' | 'cwd'>) {
  const cwd = resolve(options.cwd);
  const dockerfileGlobs = new PatternList(cwd, options.dockerfileGlobs);
  const composeGlobs = new PatternList(cwd, options.composeGlobs);
  const byName = (absolute: string): Language | undefined =>
    dockerfileGlobs.matches(absolute, false) ? 'dockerfile' : composeGlobs.matches(absolute, false) ? 'compose' : languageOfFileName(absolute);
  /** YAML by its content, anything else as a Dockerfile (as hadolint takes any file it is given). */
  const explicit = (absolute: string, text: () => string | undefined): Classification => {
    const language = byName(absolute);
    if (language) return { language };
    if (!YAML_NAME.test(absolute)) return { language: 'dockerfile' };
    const content = text();
    // Unreadable: linting reports why, in one line, as for any other file.
    if (content === undefined) return { language: 'compose' };
    return COMPOSE_TOP_LEVEL_KEY.test(content) ? { language: 'compose', note: DETECTED_COMPOSE_NOTE } : { skipped: NOT_COMPOSE_NOTE };
  };
  return { byName, explicit };
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
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

  const classify = (absolute: string) => explicitLanguage(absolute, () => readOrUndefined(absolute));
  for (const path of paths) {
    if (path === '-') continue;
    const stats = statOf(resolve(cwd, path));
    if (stats?.isDirectory()) {
      walk(path, path, (absolute, shown) => {
        const language = byName(absolute);
        if (language) add(shown, language);
      });
    } else if (stats) {
      const classified = classify(resolve(cwd, path));
      if ('skipped' in classified) options.notice?.(`${path}: ${classified.skipped}`);
      else {
        if (classified.note) options.notice?.(`${path}: ${classified.note}`);
        add(path, classified.language);
      }
    } else if (GLOB_CHARACTERS.test(path)) {
      const { base, pattern } = splitGlob(path);
      const selected = new PatternList(resolve(cwd, base), [pattern]);
      let skipped = 0;
      if (statOf(resolve(cwd, base))?.isDirectory()) {
        // A glob's YAML files are sorted quietly (one note at most): 'deploy/*.yaml' may match many manifests.
        walk(base, base, (absolute, shown) => {
          if (!selected.matches(absolute, false)) return;
          const classified = classify(absolute);
          if ('skipped' in classified) skipped++;
          else add(shown, classified.language);
        });
      }
      if (skipped) options.notice?.(`${path}: skipped ${skipped} YAML file${skipped === 1 ? '' : 's'} without a top-level services: key (not Compose)`);
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
