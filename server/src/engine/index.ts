/**
 * The engine's public surface: text in, findings (with fixes) and hover text out. Pure: no Node, LSP or
 * VS Code imports, so the same code runs in the language server, the CLI and a browser worker.
 */
export type { Span, Severity, SeverityOrOff, Language, Category, Edit, Fix, FixSafety, Finding } from './model';
export { severityRank } from './model';
export type { Rule, RuleDocs, ProjectFacts } from './define';
export { parseDocument, type ParsedDocument } from './document';
export { languageOfFileName } from './language';
export { lint, type LintOptions } from './lint';
export { applyEdits, fixAll, selectCompatibleFixes, preferredFix, fixAllowed } from './fix/apply';
export { hover, type HoverResult } from './hover/hover';
export { effectiveSetting, type LintConfig, type RuleSetting } from './config/lint-config';
export { LineIndex, type Position } from './text/line-index';
export { rules } from './rules';
