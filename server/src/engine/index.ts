/**
 * The engine's public surface: text in, findings (with fixes) and hover text out. Pure: no Node, LSP or
 * VS Code imports, so the same code runs in the language server, the CLI and a browser worker.
 */
export type { Span, Severity, SeverityOrOff, Language, Category, Edit, Fix, FixSafety, FileToCreate, Finding } from './model';
export { severityRank } from './model';
export type { Rule, RuleDocs, ProjectFacts } from './define';
export { parseDocument, type ParsedDocument } from './document';
export { languageOfFileName } from './language';
export { lint, type LintOptions } from './lint';
export { applyEdits, fixAll, selectCompatibleFixes, preferredFix, fixAllowed } from './fix/apply';
export { hover, type HoverResult } from './hover/hover';
export { formatDocument, formatOnType, DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './format';
export {
  languageFeatures,
  type CompletionEntry,
  type ExternalLocation,
  type FeatureFacts,
  type FoldingEntry,
  type HighlightEntry,
  type LanguageFeatures,
  type LinkEntry,
  type PrepareRenameResult,
  type RenameResult,
  type SymbolEntry,
  type StageReference,
  type SymbolKind,
} from './features';
export { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type InlayHintEntry, type InlayHintOptions, type SemanticToken, type SignatureHelpResult } from './features';
export { effectiveSetting, type LintConfig, type RuleSetting } from './config/lint-config';
export { parseHadolintConfig, type ParsedConfigFile, type FailLevel } from './config/hadolint-config';
export { parseShipshapeConfig } from './config/shipshape-config';
export type { ConfigProblem } from './config/config-yaml';
export { mergeLintConfigs } from './config/merge-configs';
export { ignoreFixes } from './config/ignore-fixes';
export { LineIndex, type Position } from './text/line-index';
export { initShellParser, isShellParserReady, type ShellParserWasm, type WasmSource } from './parse/shell';
export { referencedPaths, type ReferencedPath } from './compose/file-paths';
export { rules } from './rules';
