/**
 * `.dockerignore` matching with BuildKit's semantics (moby/patternmatcher): one pattern per line, `#` lines are
 * comments, blanks trimmed, a leading `!` re-includes, each pattern is path-cleaned and loses a leading `/`; `*` and
 * `?` stay within one path segment, `**` spans any number of segments, `[…]` is a character class, `\` escapes. The
 * last matching pattern wins, and a path is excluded when it or one of its parent directories is.
 *
 * Our own small matcher rather than `@balena/dockerignore`: that package requires Node's `path`, and the engine must
 * run in a browser worker.
 */

export interface DockerignorePattern {
  /** The cleaned pattern, without `!`. */
  pattern: string;
  /** `!pattern`: re-includes what earlier patterns excluded. */
  exception: boolean;
  /** Undefined when the pattern does not compile (BuildKit rejects the file then; we match nothing). */
  regex: RegExp | undefined;
}

export function parseDockerignore(text: string): DockerignorePattern[] {
  const patterns: DockerignorePattern[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    let pattern = index === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (pattern.startsWith('#')) continue;
    pattern = pattern.trim();
    if (pattern === '') continue;
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    if (pattern !== '') {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push({ pattern, exception, regex: compile(pattern) });
  }
  return patterns;
}

/** Whether the build context leaves `path` (relative to the context, `/`-separated) out. */
export function isExcluded(patterns: readonly DockerignorePattern[], path: string): boolean {
  const file = cleanPath(path).replace(/^\/+/, '');
  const parents = file.split('/').slice(0, -1);
  let excluded = false;
  for (const p of patterns) {
    // An exclusion matters only while the path is not excluded yet; an exception only once it is.
    if (p.exception !== excluded || !p.regex) continue;
    let match = p.regex.test(file);
    for (let i = 1; !match && i <= parents.length; i++) match = p.regex.test(parents.slice(0, i).join('/'));
    if (match) excluded = !p.exception;
  }
  return excluded;
}

/** Go's `path.Clean`: no doubled or trailing slashes, no `.` segments, `..` resolved; `''` becomes `.`. */
export function cleanPath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

const ESCAPED = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

function compile(pattern: string): RegExp | undefined {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        source += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else source += '[^/]*';
    } else if (ch === '?') source += '[^/]';
    else if (ESCAPED.has(ch)) source += `\\${ch}`;
    else if (ch === '\\') source += i + 1 < pattern.length ? `\\${pattern[++i]}` : '\\\\';
    else source += ch;
  }
  try {
    return new RegExp(`${source}$`, 's');
  } catch {
    return undefined;
  }
}
