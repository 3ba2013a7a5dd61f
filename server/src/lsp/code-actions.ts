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
  /**
   * The client resolves a code action's `edit` on demand (`codeAction/resolve`): fix-all, which lints the file several
   * times, is then computed only when chosen, not on every cursor move that asks for the light bulb's actions.
   */
  lazyFixAll?: boolean;
}

/** What a fix-all action without its edit carries, to be resolved later. */
export interface FixAllData {
  uri: string;
  version: number;
  allowUnsafe: boolean;
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
    if (input.lazyFixAll) {
      const data: FixAllData = { uri: input.document.uri, version: input.document.version, allowUnsafe: variant.allowUnsafe };
      actions.push({ title: variant.title, kind: variant.kind, data });
      continue;
    }
    const edit = fixAllEdit(input, variant.allowUnsafe);
    if (edit) actions.push({ title: variant.title, kind: variant.kind, edit });
  }
  return actions;
}

/** The edit of a fix-all action; undefined when fixing changes nothing. */
export function fixAllEdit(input: Pick<CodeActionInput, 'document' | 'parsed' | 'config' | 'project' | 'versionedEdits' | 'canCreateFiles'>, allowUnsafe: boolean): WorkspaceEdit | undefined {
  const { parsed } = input;
  const lintText = (text: string) => lint(parseDocument(text, parsed.language), { config: input.config, project: input.project });
  const fixed = fixAll(parsed.text, lintText, { allowUnsafe });
  return fixed.text === parsed.text ? undefined : workspaceEdit(input, { edits: [minimalEdit(parsed.text, fixed.text)] });
}

function workspaceEdit(input: Pick<CodeActionInput, 'document' | 'parsed' | 'versionedEdits'>, fix: Pick<Fix, 'edits' | 'createFiles'>): WorkspaceEdit {
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
