/** Translation at the edge: engine offsets and findings ↔ LSP ranges, diagnostics and edits. */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { Edit, Finding, LineIndex, Severity, Span } from '../engine';
import { ruleDocsUrl } from '../../../shared/links';
import { SOURCE_NAME } from '../../../shared/settings';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toSpan(lines: LineIndex, range: Range): Span {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

/** What a diagnostic carries in `data`: the aliases people know the rule by. */
export interface DiagnosticData {
  aliases: readonly string[];
}

export function toDiagnostic(lines: LineIndex, finding: Finding): Diagnostic {
  const data: DiagnosticData = { aliases: finding.aliases };
  return {
    range: toRange(lines, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE_NAME,
    message: finding.message,
    data,
  };
}

export function toTextEdit(lines: LineIndex, edit: Edit): TextEdit {
  return { range: toRange(lines, edit.span), newText: edit.text };
}

/** One edit turning `before` into `after`: the changed middle, with the common prefix and suffix left alone. */
export function minimalEdit(before: string, after: string): Edit {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { span: { start: prefix, end: before.length - suffix }, text: after.slice(prefix, after.length - suffix) };
}
