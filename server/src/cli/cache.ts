/**
 * `--cache`: the findings of each file, keyed by a hash of everything they depend on (the text, the merged
 * configuration, the build context's ignore file, the language, compatibility mode and Shipshape's version). A file
 * whose key is unchanged is not linted again. One JSON file, read at the start and written once at the end
 * (through a temporary file and a rename, so an interrupted run leaves the old cache whole).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileReport } from './report';

/** What a cache entry keeps: the parts of a report that depend only on the key. */
export type CachedReport = Pick<FileReport, 'findings' | 'error'>;

export interface CacheEntry {
  key: string;
  report: CachedReport;
}

const FILE_NAME = 'cache-v1.json';

export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export class LintCache {
  /** Files linted in this run. */
  private readonly touched = new Set<string>();

  private constructor(
    private readonly dir: string,
    private readonly tool: string,
    private readonly entries: Record<string, CacheEntry>,
  ) {}

  /** An unreadable or foreign cache file is an empty cache, never an error. */
  static load(dir: string, tool: string): LintCache {
    try {
      const data = JSON.parse(readFileSync(join(dir, FILE_NAME), 'utf8')) as { tool?: string; entries?: Record<string, CacheEntry> };
      if (data.tool === tool && data.entries && typeof data.entries === 'object') return new LintCache(dir, tool, data.entries);
    } catch {
      // no cache yet
    }
    return new LintCache(dir, tool, {});
  }

  get(path: string): CacheEntry | undefined {
    return this.entries[resolve(path)];
  }

  set(path: string, entry: CacheEntry): void {
    this.entries[resolve(path)] = entry;
    this.touched.add(resolve(path));
  }

  /** Entries of files this run did not lint are kept while the file exists (a run over part of the tree). */
  save(): void {
    for (const path of Object.keys(this.entries)) if (!this.touched.has(path) && !existsSync(path)) delete this.entries[path];
    mkdirSync(this.dir, { recursive: true });
    // Like .ruff_cache: the directory ignores itself, so nobody commits it by accident.
    writeFileSync(join(this.dir, '.gitignore'), '# Created by shipshape --cache\n*\n');
    const temporary = join(this.dir, `${FILE_NAME}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify({ tool: this.tool, entries: this.entries }));
    renameSync(temporary, join(this.dir, FILE_NAME));
  }
}
