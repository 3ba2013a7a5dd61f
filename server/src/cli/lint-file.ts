/**
 * Linting one file, the unit of work of the main thread and of each worker thread: read it, find its configuration
 * (walking up from it), answer from the cache or lint (and fix), and return a plain-data report.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fixAll, fixAllowed, lint, mergeLintConfigs, parseDocument, preferredFix, referencedPaths, type Finding, type Language, type LineIndex, type LintConfig, type ProjectFacts } from '../engine';
import { loadConfigFor, loadDockerignoreFor } from '../node/config-files';
import { pathExistsBeside } from '../node/path-facts';
import { cacheKey, type CacheEntry } from './cache';
import { loadConfigOption } from './config-option';
import { HADOLINT_COMPAT_LAYER, onlyHadolintConfig } from './hadolint-compat';
import { readText } from './read-text';
import { posixPath, type FileReport, type Position, type ReportedFinding } from './report';
import { newFileDiff, unifiedDiff } from './unified-diff';
import type { FixMode } from './args';

/** What every file of a run shares (sent once to each worker). */
export interface LintSettings {
  fix: FixMode;
  unsafeFixes: boolean;
  /** `--rule` / `--ignore` as a config layer, over the config files. */
  overrides: LintConfig;
  hadolintCompat: boolean | undefined;
  /** `--config`, absolute: used instead of the config files found above each file. */
  configFile?: string;
  /** Part of every cache key. */
  version: string;
  /** Compute cache entries (--cache). */
  cache: boolean;
}

export interface LintTask {
  path: string;
  language: Language;
  /** The text read from stdin; a file on disk otherwise. */
  stdinText?: string;
  cached?: CacheEntry;
}

export interface LintTaskResult {
  report: FileReport;
  /** The entry to cache for this file (absent for stdin). */
  cacheEntry?: CacheEntry;
}

export function lintTask(task: LintTask, settings: LintSettings): LintTaskResult {
  const { path, language } = task;
  const read = task.stdinText !== undefined ? { text: task.stdinText } : readText(path);
  if ('error' in read) return { report: { path, language, findings: [], error: read.error } };
  const fileConfig = settings.configFile !== undefined ? loadConfigOption(settings.configFile) : loadConfigFor(path);
  const compat = settings.hadolintCompat ?? onlyHadolintConfig(fileConfig.sources);
  const config = mergeLintConfigs(compat ? HADOLINT_COMPAT_LAYER : undefined, fileConfig.config, settings.overrides);
  const projectFacts = (): ProjectFacts => (language === 'dockerfile' ? { dockerignore: loadDockerignoreFor(path) } : { pathExists: pathExistsBeside(path), fileName: basename(path) });
  let project = projectFacts();
  const context: Partial<FileReport> = {
    ...(fileConfig.errors.length ? { configErrors: fileConfig.errors } : {}),
    ...(fileConfig.failLevel ? { failLevel: fileConfig.failLevel } : {}),
    ...(compat ? { hadolintCompat: true } : {}),
  };
  const keyOf = (text: string) => cacheKey([settings.version, language, compat, config, project, pathFacts(text, language, project), digest(text)]);
  const cached = task.cached && task.cached.key === keyOf(read.text) ? task.cached.report : undefined;
  if (cached && !(settings.fix !== 'off' && cached.findings.some((f) => f.fixes.some((fix) => fixAllowed(fix.safety, settings.unsafeFixes))))) {
    return { report: { path, language, ...cached, ...context }, cacheEntry: task.cached };
  }

  const lintText = (text: string) => lint(parseDocument(text, language), { config, project });
  let text = read.text;
  const fixes: Partial<FileReport> = {};
  if (settings.fix !== 'off') {
    const result = fixAll(text, lintText, { allowUnsafe: settings.unsafeFixes });
    const created = filesToCreate(path, lintText(result.text), settings.unsafeFixes);
    if (settings.fix === 'dry-run') {
      fixes.diff = unifiedDiff(path, text, result.text) + created.map((f) => newFileDiff(f.path, f.text)).join('');
    } else {
      if (task.stdinText !== undefined) fixes.fixedText = result.text;
      else {
        if (result.text !== text) writeFileSync(path, result.text);
        for (const file of created) {
          mkdirSync(dirname(file.path), { recursive: true });
          writeFileSync(file.path, file.text);
        }
        // A created .dockerignore is part of the build context from now on.
        if (created.length) project = projectFacts();
      }
      fixes.fixed = result.applied.length + created.length;
      text = result.text;
    }
  }
  const parsed = parseDocument(text, language);
  const report: FileReport = parsed.unanalysable
    ? { path, language, findings: [], error: parsed.unanalysable.message }
    : { path, language, findings: reported(path, parsed.lines, lint(parsed, { config, project })) };
  const result: LintTaskResult = { report: { ...report, ...fixes, ...context } };
  if (settings.cache && task.stdinText === undefined) result.cacheEntry = { key: keyOf(text), report: { findings: report.findings, ...(report.error ? { error: report.error } : {}) } };
  return result;
}

/** Whether each path a Compose file names exists: its findings depend on that, so its cache key does too. */
function pathFacts(text: string, language: Language, project: ProjectFacts): [string, boolean | undefined][] {
  const exists = project.pathExists;
  const compose = exists && language === 'compose' ? parseDocument(text, language).compose : undefined;
  if (!exists || !compose) return [];
  return referencedPaths(compose).flatMap((r) => [r.path, ...(r.alternatives ?? [])]).map((path) => [path, exists(path)]);
}

/** Files that the chosen fixes create beside the linted file (a missing `.dockerignore`); existing ones are kept. */
function filesToCreate(path: string, findings: readonly Finding[], allowUnsafe: boolean): { path: string; text: string }[] {
  const files = new Map<string, string>();
  for (const finding of findings) {
    for (const file of preferredFix(finding, allowUnsafe)?.createFiles ?? []) {
      const target = join(dirname(path), file.relativePath);
      if (!files.has(target) && !existsSync(target)) files.set(target, file.text);
    }
  }
  return [...files].map(([target, text]) => ({ path: target, text }));
}

function reported(path: string, lines: LineIndex, findings: readonly Finding[]): ReportedFinding[] {
  const position = (offset: number): Position => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const occurrences = new Map<string, number>();
  return findings.map((f) => {
    const start = position(f.span.start);
    const lineText = lines.text.slice(lines.lineStart(start.line - 1), lines.lineEnd(start.line - 1)).trim();
    const identity = [f.ruleId, posixPath(path), lineText].join('\0');
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return {
      ruleId: f.ruleId,
      aliases: f.aliases,
      severity: f.severity,
      category: f.category,
      message: f.message,
      start,
      end: position(f.span.end),
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        safety: fix.safety,
        edits: fix.edits.map((e) => ({ start: position(e.span.start), end: position(e.span.end), text: e.text })),
      })),
      fingerprint: digest(`${identity}\0${occurrence}`).slice(0, 32),
    };
  });
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
