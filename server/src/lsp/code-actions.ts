/**
 * Quick fixes for the findings in the requested range, and two source actions: fix-all with the safe fixes
 * (what `editor.codeActionsOnSave` runs) and, on request only, every fix including the unsafe ones.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, fixAllowed, lint, parseDocument, type Edit, type Finding, type LintConfig, type ParsedDocument } from '../engine';
import { minimalEdit, toDiagnostic, toSpan, toTextEdit } from './convert';
import { APPLY_ALL_FIXES_KIND, FIX_ALL_KIND } from '../../../shared/settings';

export interface CodeActionInput {
  document: TextDocument;
  parsed: ParsedDocument;
  findings: readonly Finding[];
  config: LintConfig;
  range: Range;
  only: string[] | undefined;
  /** The client understands versioned `documentChanges`, so a stale edit is refused instead of misapplied. */
  versionedEdits: boolean;
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { parsed, findings, range, only } = input;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const span = toSpan(parsed.lines, range);
    for (const finding of findings) {
      if (finding.span.end < span.start || finding.span.start > span.end) continue;
      const diagnostic: Diagnostic = toDiagnostic(parsed.lines, finding);
      finding.fixes.forEach((fix, index) => {
        actions.push({
          title: fix.safety === 'unsafe' ? `${fix.title} (review: may change behaviour)` : fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0 && fix.safety === 'safe',
          edit: workspaceEdit(input, fix.edits),
        });
      });
    }
  }
  const variants = [
    { kind: FIX_ALL_KIND, allowUnsafe: false, title: 'Fix all safe Shipshape problems' },
    { kind: APPLY_ALL_FIXES_KIND, allowUnsafe: true, title: 'Apply every Shipshape fix, including ones that may change behaviour' },
  ];
  for (const variant of variants) {
    if (!wants(variant.kind) || !findings.some((f) => f.fixes.some((x) => fixAllowed(x.safety, variant.allowUnsafe)))) continue;
    const fixed = fixAll(parsed.text, (text) => lint(parseDocument(text, parsed.language), { config: input.config }), { allowUnsafe: variant.allowUnsafe });
    if (fixed.text !== parsed.text) actions.push({ title: variant.title, kind: variant.kind, edit: workspaceEdit(input, [minimalEdit(parsed.text, fixed.text)]) });
  }
  return actions;
}

function workspaceEdit(input: CodeActionInput, edits: readonly Edit[]): WorkspaceEdit {
  const textEdits = edits.map((e) => toTextEdit(input.parsed.lines, e));
  const { uri, version } = input.document;
  return input.versionedEdits ? { documentChanges: [{ textDocument: { uri, version }, edits: textEdits }] } : { changes: { [uri]: textEdits } };
}
