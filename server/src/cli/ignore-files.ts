/**
 * `.gitignore` files as git reads them: each applies to its own directory and below, a deeper file's patterns take
 * precedence over a shallower one's (so `!keep.dockerfile` deeper re-includes), and the repository's
 * `.git/info/exclude` comes last. The pattern matching is the `ignore` package's (the one ESLint, Prettier and
 * many others use), which follows git's rules closely, including negation, `**`, anchoring and directory-only
 * patterns; writing that again would only add bugs.
 */
import ignore, { type Ignore } from 'ignore';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

interface PatternSet {
  /** The directory the patterns are relative to. */
  base: string;
  patterns: Ignore;
}

export class IgnoreFiles {
  private constructor(private readonly sets: readonly PatternSet[]) {}

  static none(): IgnoreFiles {
    return new IgnoreFiles([]);
  }

  /**
   * The patterns in force at directory `dir` (absolute) before reading its own `.gitignore`: the repository's
   * `.git/info/exclude` and the `.gitignore` files of the directories above it up to the repository root (the one
   * holding `.git`), when it is inside a repository.
   */
  static above(dir: string): IgnoreFiles {
    const chain: string[] = [];
    for (let at = dir; ; ) {
      if (existsSync(join(at, '.git'))) {
        let files = new IgnoreFiles(readPatterns(join(at, '.git', 'info', 'exclude'), at));
        for (const d of chain) files = files.enter(d);
        return files;
      }
      const parent = dirname(at);
      if (parent === at) return IgnoreFiles.none();
      at = parent;
      chain.unshift(at);
    }
  }

  /** The patterns in force inside `dir` (absolute): these plus its own `.gitignore`. */
  enter(dir: string): IgnoreFiles {
    const own = readPatterns(join(dir, '.gitignore'), dir);
    return own.length ? new IgnoreFiles([...this.sets, ...own]) : this;
  }

  /** Deepest file first: the first one with a say about the path decides (git's precedence). */
  ignores(absolutePath: string, isDirectory: boolean): boolean {
    for (let i = this.sets.length - 1; i >= 0; i--) {
      const { base, patterns } = this.sets[i];
      const path = relativePattern(base, absolutePath, isDirectory);
      if (path === undefined) continue;
      const verdict = patterns.test(path);
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  }
}

/** Patterns given on the command line (`--exclude`, `--dockerfile-glob`), relative to `base`. */
export class PatternList {
  private readonly patterns: Ignore | undefined;

  constructor(
    private readonly base: string,
    list: readonly string[],
  ) {
    this.patterns = list.length ? ignore().add(list as string[]) : undefined;
  }

  matches(absolutePath: string, isDirectory: boolean): boolean {
    if (!this.patterns) return false;
    const path = relativePattern(this.base, absolutePath, isDirectory);
    return path !== undefined && this.patterns.ignores(path);
  }
}

function readPatterns(file: string, base: string): PatternSet[] {
  try {
    return [{ base, patterns: ignore().add(readFileSync(file, 'utf8')) }];
  } catch {
    return [];
  }
}

/** The path as the `ignore` package wants it: relative, `/`-separated, a trailing `/` for directories. */
function relativePattern(base: string, absolutePath: string, isDirectory: boolean): string | undefined {
  const rel = relative(base, absolutePath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  const posix = sep === '/' ? rel : rel.split(sep).join('/');
  return isDirectory ? `${posix}/` : posix;
}
