/**
 * The engine's plain-data vocabulary. Everything here is editor-agnostic: spans are UTF-16 offsets
 * into the document text (JavaScript string indices); adapters convert them to lines and columns.
 */

/** Half-open range [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';

export type Language = 'dockerfile' | 'compose';

export type Category = 'build-cache' | 'image-size' | 'security' | 'reliability' | 'correctness' | 'maintainability' | 'style';

/** A text replacement. An insertion has `span.start === span.end`; a deletion has empty `text`. */
export interface Edit {
  span: Span;
  text: string;
}

/**
 * How far a fix may be trusted (Ruff's tiers):
 * - `safe` keeps what the build and the container do, and is applied by fix-all and `--fix`;
 * - `unsafe` is probably right but can change behaviour; offered as a quick fix, applied by `--fix` only with `--unsafe-fixes`.
 */
export type FixSafety = 'safe' | 'unsafe';

export interface Fix {
  title: string;
  safety: FixSafety;
  edits: Edit[];
  /** Files the fix creates beside the document (a missing `.dockerignore`); never overwrites one that exists. */
  createFiles?: FileToCreate[];
}

export interface FileToCreate {
  /** Relative to the document's directory, `/`-separated. */
  relativePath: string;
  text: string;
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages this is (stable across wording changes; used by tests). */
  messageId: string;
  /** Upstream ids of the same check (hadolint, BuildKit): shown so people recognise the rule. */
  aliases: readonly string[];
  severity: Severity;
  category: Category;
  message: string;
  span: Span;
  fixes: Fix[];
}

export const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
