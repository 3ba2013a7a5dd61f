/**
 * Quick fixes for the findings in the requested range, each followed by "Ignore <rule> for this line / in this file",
 * and two source actions: fix-all with the safe fixes (what `editor.codeActionsOnSave` runs) and, on request only,
 * every fix including the unsafe ones. The ignore fixes are never part of fix-all.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextDocumentEdit, type CreateFile, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, fixAllowed, ignoreFixes, lint, parseDocument, type Edit, type FileToCreate, type Finding, type Fix, type LintConfig, type ParsedDocument, type ProjectFacts } from '../engine';
import { minimalEdit, toDiagnostic, toSpan, toTextEdit } from './convert';
import { APPLY_ALL_FIXES_KIND, FIX_ALL_KIND } from '../../../shared/settings';

export interface CodeActionInput {
  document: TextDocument;
  parsed: ParsedDocument;
  findings: readonly Finding[];
  config: LintConfig;
  project: ProjectFacts;
  range: Range;
  only: string[] | undefined;
  /** The client understands versioned `documentChanges`, so a stale edit is refused instead of misapplied. */
  versionedEdits: boolean;
  /** The client applies `CreateFile` operations (needed by fixes that create a file, like a missing `.dockerignore`). */
  canCreateFiles: boolean;
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
        if (fix.createFiles && !input.canCreateFiles) return;
        actions.push({
          title: fix.safety === 'unsafe' ? `${fix.title} (review: may change behaviour)` : fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0 && fix.safety === 'safe',
          edit: workspaceEdit(input, fix),
        });
      });
      for (const fix of ignoreFixes(parsed, finding)) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(input, fix) });
      }
    }
  }
  const variants = [
    { kind: FIX_ALL_KIND, allowUnsafe: false, title: 'Fix all safe Shipshape problems' },
    { kind: APPLY_ALL_FIXES_KIND, allowUnsafe: true, title: 'Apply every Shipshape fix, including ones that may change behaviour' },
  ];
  for (const variant of variants) {
    if (!wants(variant.kind) || !findings.some((f) => f.fixes.some((x) => fixAllowed(x.safety, variant.allowUnsafe)))) continue;
    const lintText = (text: string) => lint(parseDocument(text, parsed.language), { config: input.config, project: input.project });
    const fixed = fixAll(parsed.text, lintText, { allowUnsafe: variant.allowUnsafe });
    if (fixed.text !== parsed.text) actions.push({ title: variant.title, kind: variant.kind, edit: workspaceEdit(input, { edits: [minimalEdit(parsed.text, fixed.text)] }) });
  }
  return actions;
}

function workspaceEdit(input: CodeActionInput, fix: Pick<Fix, 'edits' | 'createFiles'>): WorkspaceEdit {
  const textEdits = fix.edits.map((e: Edit) => toTextEdit(input.parsed.lines, e));
  const { uri, version } = input.document;
  if (!input.versionedEdits) return { changes: { [uri]: textEdits } };
  const changes: (TextDocumentEdit | CreateFile)[] = (fix.createFiles ?? []).flatMap((file) => createFile(uri, file));
  if (textEdits.length > 0) changes.push({ textDocument: { uri, version }, edits: textEdits });
  return { documentChanges: changes };
}

/** Creates the file beside the document; fails rather than write into a file that appeared meanwhile. */
function createFile(documentUri: string, file: FileToCreate): (TextDocumentEdit | CreateFile)[] {
  const uri = documentUri.replace(/[^/]*$/, '') + file.relativePath.split('/').map(encodeURIComponent).join('/');
  const start = { line: 0, character: 0 };
  return [
    { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
    { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: file.text }] },
  ];
}
