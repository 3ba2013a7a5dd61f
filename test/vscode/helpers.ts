/** What the extension-host tests share: activation, waiting for diagnostics, running providers and code actions. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'shipshape.shipshape';

/** Tests activate the extension themselves: a test host does not open a Dockerfile that would. */
export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed in the extension host`);
  await extension.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with test/vscode/workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openWorkspaceFile(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

/** An untitled document: edits never touch the workspace, and there are no files around it to read. */
export async function openUntitled(content: string, language: 'dockerfile' | 'dockercompose' = 'dockerfile'): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language, content }));
}

/** The rule id of a Shipshape diagnostic (`code` carries the docs link too). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export interface Seen {
  rule: string;
  range: [number, number, number, number];
}

export function summary(diagnostic: vscode.Diagnostic): Seen {
  const { start, end } = diagnostic.range;
  return { rule: ruleOf(diagnostic), range: [start.line, start.character, end.line, end.character] };
}

/** Resolves with the document's Shipshape diagnostics once `accept` takes them; fails with the last ones seen. */
export function diagnostics(uri: vscode.Uri, accept: (found: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'shipshape');
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = current();
      if (!accept(found)) return false;
      done();
      resolve(found);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`diagnostics of ${uri.toString()} never matched; last seen: ${JSON.stringify(current().map(summary))}`));
    }, timeoutMs);
    const done = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** Waits until the document's diagnostics are exactly these rules (in document order). */
export function diagnosticsWithRules(uri: vscode.Uri, rules: string[], timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return diagnostics(uri, (found) => JSON.stringify(sorted(found).map(ruleOf)) === JSON.stringify(rules), timeoutMs);
}

export function sorted(found: vscode.Diagnostic[]): vscode.Diagnostic[] {
  return [...found].sort((a, b) => a.range.start.compareTo(b.range.start) || ruleOf(a).localeCompare(ruleOf(b)));
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/**
 * The code actions offered for `range`, resolved as VS Code resolves the one a person picks: the server leaves the
 * edit of fix-all out until `codeAction/resolve` (the fourth argument: how many actions to resolve).
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, 100);
}

/** Applies the code action whose title starts with `title` (the one offered for `range` of `kind`). */
export async function applyCodeAction(uri: vscode.Uri, range: vscode.Range, kind: string, title: string): Promise<void> {
  const actions = await codeActions(uri, range, kind);
  const action = actions.find((a) => a.title.startsWith(title));
  assert.ok(action, `"${title}" is offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(action.edit, `"${title}" carries its edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `"${title}" applies`);
}
