/**
 * `shipshape.compose.files`: extra glob patterns for Compose files with names VS Code does not recognise
 * (`deploy/stack.yml`, `ci/services.yaml`). A YAML document matching one is switched to the `dockercompose`
 * language, which is what the server and the other Compose-aware extensions act on.
 */
import * as vscode from 'vscode';
import { COMPOSE_LANGUAGE_ID } from '../../../shared/settings';

const YAML_LANGUAGES = new Set(['yaml', 'plaintext']);

function patterns(document: vscode.TextDocument): string[] {
  const files = vscode.workspace.getConfiguration('shipshape', document.uri).get<string[]>('compose.files', []);
  return Array.isArray(files) ? files.filter((f) => typeof f === 'string' && f.trim() !== '') : [];
}

async function apply(document: vscode.TextDocument): Promise<void> {
  if (!YAML_LANGUAGES.has(document.languageId)) return;
  if (!patterns(document).some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return;
  await vscode.languages.setTextDocumentLanguage(document, COMPOSE_LANGUAGE_ID);
}

export function watchComposeFiles(): vscode.Disposable {
  for (const document of vscode.workspace.textDocuments) void apply(document);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((document) => void apply(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('shipshape.compose.files')) for (const document of vscode.workspace.textDocuments) void apply(document);
    }),
  );
}
