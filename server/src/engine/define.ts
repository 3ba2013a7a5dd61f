/**
 * The shape of a rule. `defineRule` only supplies types (like typescript-eslint's `createRule`):
 * message ids are checked at compile time and a missing docs section does not compile.
 */
import type { Category, Edit, FileToCreate, FixSafety, Severity, Span } from './model';
import type { ParsedDocument } from './document';
import type { DockerfileModel } from './parse/dockerfile';
import type { ComposeModel } from './parse/compose';
import type { Suppressions } from './config/suppressions';

export interface RuleDocs {
  /** One line: what the rule flags. */
  summary: string;
  /** Why it matters in production, in a short paragraph of our own words. */
  why: string;
  /** Examples that trip the rule (each is checked by a test). */
  bad: string[];
  /** Examples that do not (each is checked by a test). */
  good: string[];
  /** When a fix is offered and whether it can change behaviour. Required unless the rule never fixes. */
  fixSafety?: string;
  /** How our behaviour differs from the upstream rules named in `aliases`, if it does. */
  differences?: string;
  references?: string[];
  /** The build context the examples assume, for rules that read it (`{ dockerignore: null }`: there is none). */
  exampleContext?: ProjectFacts;
}

export type Fixability = 'always' | 'sometimes' | 'never';

export interface FixSpec<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  safety: FixSafety;
  edits: Edit[];
  createFiles?: FileToCreate[];
}

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  span: Span;
  fixes?: FixSpec<M>[];
}

/** What the engine knows of the build context; adapters fill it in (the engine never reads files). */
export interface ProjectFacts {
  /** Text of the build context's `.dockerignore`; `null` when known to be absent, `undefined` when unknown. */
  dockerignore?: string | null;
  /**
   * Whether a file or directory exists at a `/`-separated path relative to the document's directory (absolute paths
   * are absolute); `undefined` when unknown. Absent where files cannot be looked at: rules that need it stay silent.
   */
  pathExists?: (path: string) => boolean | undefined;
  /** The document's file name without directories (`compose.prod.yaml`), when it has one. */
  fileName?: string;
}

export interface RuleContext<M extends string> {
  document: ParsedDocument;
  options: Readonly<Record<string, unknown>>;
  project: ProjectFacts;
  /** The document's pragmas, their names resolved to rules (read by the rules about pragmas). */
  suppressions: Suppressions;
  report(report: Report<M>): void;
}

export interface DockerfileRuleContext<M extends string> extends RuleContext<M> {
  dockerfile: DockerfileModel;
}

interface RuleBase<M extends string> {
  /** kebab-case, names the problem so that "allow <id>" reads well. Shown as the diagnostic code. */
  id: string;
  /** Upstream ids of the same check, copied exactly (`DL3025`, `JSONArgsRecommended`). */
  aliases: string[];
  category: Category;
  severity: Severity;
  /** Rules that are opinionated or need configuration are off until turned on. */
  enabledByDefault?: boolean;
  fixable: Fixability;
  messages: Record<M, string>;
  docs: RuleDocs;
}

export interface DockerfileRule<M extends string = string> extends RuleBase<M> {
  language: 'dockerfile';
  check(context: DockerfileRuleContext<M>): void;
}

export interface ComposeRuleContext<M extends string> extends RuleContext<M> {
  compose: ComposeModel;
}

export interface ComposeRule<M extends string = string> extends RuleBase<M> {
  language: 'compose';
  check(context: ComposeRuleContext<M>): void;
}

export type Rule = DockerfileRule<string> | ComposeRule<string>;

export function defineRule<M extends string>(rule: DockerfileRule<M>): DockerfileRule<M>;
export function defineRule<M extends string>(rule: ComposeRule<M>): ComposeRule<M>;
export function defineRule<M extends string>(rule: DockerfileRule<M> | ComposeRule<M>): DockerfileRule<M> | ComposeRule<M> {
  return rule;
}

export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
