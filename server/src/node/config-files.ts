/**
 * The files around a Dockerfile or Compose file that change how it is linted, read with `fs` (the language server on
 * Node and the CLI share this; a browser build answers through the client instead).
 *
 * Configuration: walking up from the file's directory, the nearest `.hadolint.yaml`/`.hadolint.yml` and the nearest
 * `.shipshape.yaml`/`.shipshape.yml`, stopping after the directory that holds `.git` (the repository root) or at the
 * filesystem root. The nearest file of each kind wins whole (no merging across directories, like Ruff and hadolint);
 * `.shipshape.yaml` is layered over `.hadolint.yaml`, and editor settings or CLI flags over both. Parses are cached
 * by path, modification time and size.
 *
 * Build context: assumed to be the Dockerfile's directory (a Compose `build.context` elsewhere is not followed yet).
 * Its ignore file is `<Dockerfile name>.dockerignore` when that exists (BuildKit prefers it), else `.dockerignore`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { mergeLintConfigs, parseHadolintConfig, parseShipshapeConfig, type FailLevel, type LintConfig, type ParsedConfigFile } from '../engine';

export interface FileConfig {
  config: LintConfig;
  /** The config files used, lowest precedence first. */
  sources: string[];
  /** `path:line:column: message` for every problem in them. */
  errors: string[];
  /** The `failure-threshold` / `no-fail` of `.hadolint.yaml`, for the CLI. */
  failLevel?: FailLevel;
}

const KINDS: { names: string[]; parse: (text: string) => ParsedConfigFile }[] = [
  { names: ['.hadolint.yaml', '.hadolint.yml'], parse: parseHadolintConfig },
  { names: ['.shipshape.yaml', '.shipshape.yml'], parse: parseShipshapeConfig },
];

const parses = new Map<string, { mtimeMs: number; size: number; parsed: ParsedConfigFile }>();

export function loadConfigFor(filePath: string): FileConfig {
  const found: (string | undefined)[] = KINDS.map(() => undefined);
  for (const dir of searchDirectories(dirname(resolve(filePath)))) {
    KINDS.forEach((kind, i) => (found[i] ??= kind.names.map((name) => join(dir, name)).find(isFile)));
    if (found.every(Boolean)) break;
  }
  const sources = found.filter((path): path is string => path !== undefined);
  const files = found.flatMap((path, i) => (path ? [{ path, parsed: readParsed(path, KINDS[i].parse) }] : []));
  return {
    config: mergeLintConfigs(...files.map((f) => f.parsed.config)),
    sources,
    errors: files.flatMap((f) => f.parsed.problems.map((p) => `${f.path}:${p.line}:${p.column}: ${p.message}`)),
    failLevel: files.map((f) => f.parsed.failLevel).find((level) => level !== undefined),
  };
}

/**
 * The build context's ignore file: its text, `null` when there is none, `undefined` when unknown (it cannot be read,
 * or the Dockerfile's directory does not exist, as for a document not saved anywhere yet).
 */
export function loadDockerignoreFor(dockerfilePath: string): string | null | undefined {
  const dir = dirname(resolve(dockerfilePath));
  if (!isDirectory(dir)) return undefined;
  const path = [join(dir, `${basename(dockerfilePath)}.dockerignore`), join(dir, '.dockerignore')].find(isFile);
  if (!path) return null;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function* searchDirectories(start: string): Generator<string> {
  for (let dir = start; ; dir = dirname(dir)) {
    yield dir;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readParsed(path: string, parse: (text: string) => ParsedConfigFile): ParsedConfigFile {
  try {
    const { mtimeMs, size } = statSync(path);
    const cached = parses.get(path);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.parsed;
    const parsed = parse(readFileSync(path, 'utf8'));
    parses.set(path, { mtimeMs, size, parsed });
    return parsed;
  } catch (error) {
    return { config: {}, problems: [{ message: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, line: 1, column: 1 }] };
  }
}
