/**
 * What linting one file produced, as plain data: it crosses from worker threads, sits in the cache and feeds every
 * formatter. Positions are 1-based lines and columns (UTF-16 code units, as editors and SARIF count them); an end
 * position points just past the last character.
 */
import type { Category, FailLevel, FixSafety, Language, Severity } from '../engine';

export interface Position {
  line: number;
  column: number;
}

export interface ReportedEdit {
  start: Position;
  end: Position;
  text: string;
}

export interface ReportedFix {
  title: string;
  safety: FixSafety;
  edits: ReportedEdit[];
}

export interface ReportedFinding {
  ruleId: string;
  aliases: readonly string[];
  severity: Severity;
  category: Category;
  message: string;
  start: Position;
  end: Position;
  fixes: ReportedFix[];
  /** Stable across edits elsewhere in the file: rule, file, the flagged line's text and its occurrence. */
  fingerprint: string;
}

export interface FileReport {
  /** As the user named or we found it (relative to the working directory unless given absolute). */
  path: string;
  language: Language;
  findings: ReportedFinding[];
  /** Set when the file could not be read or analysed: one line, the other files are still linted. */
  error?: string;
  /** Fixes applied by --fix. */
  fixed?: number;
  /** --fix-dry-run: the unified diff the fixes would make ('' when nothing changes). */
  diff?: string;
  /** Stdin with --fix: the fixed text, printed instead of written. */
  fixedText?: string;
  /** Problems in the config files that apply to this file (exit code 2). */
  configErrors?: string[];
  /** The `failure-threshold` / `no-fail` of its `.hadolint.yaml`. */
  failLevel?: FailLevel;
  /** Linted in hadolint compatibility mode. */
  hadolintCompat?: boolean;
}

/** The name a text report shows for a finding: hadolint's code in compatibility mode, when the rule has one. */
export function displayRuleId(finding: Pick<ReportedFinding, 'ruleId' | 'aliases'>, hadolintCompat: boolean | undefined): string {
  return (hadolintCompat && finding.aliases.find((a) => /^DL\d{4}$/.test(a))) || finding.ruleId;
}

/** `/`-separated, for formats that carry paths as URIs or for other platforms (SARIF, GitLab, GitHub). */
export function posixPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
