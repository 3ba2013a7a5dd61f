/** Everyday editing through VS Code's providers: completion, the outline's symbols, rename and formatting. */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openUntitled } from '../helpers';

/** Two stages; the second copies from the first by name. */
const STAGES = 'FROM node:20 AS build\nWORKDIR /src\nCOPY package*.json ./\nRUN npm ci\nFROM node:20-alpine\nCOPY --from=build /src /app\nUSER 1000\nCMD ["node", "/app/server.js"]\n';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

async function completions(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
  return list.items;
}

suite('editing', () => {
  suiteSetup(activateExtension);

  test('completion lists the flags of COPY after `--`, with a snippet for --from=', async () => {
    const { document } = await openUntitled('FROM node AS build\nCOPY --');
    const items = await completions(document, new vscode.Position(1, 7), '-');
    const labels = items.map(labelOf);
    for (const flag of ['--from=', '--chown=', '--chmod=', '--link']) assert.ok(labels.includes(flag), `${flag} in ${JSON.stringify(labels)}`);
    const from = items.find((i) => labelOf(i) === '--from=')!;
    assert.ok(from.insertText instanceof vscode.SnippetString, '--from= inserts a snippet');
    assert.match(from.insertText.value, /^--from=\$\{1:/);
  });

  test('completion offers earlier stage names after --from=, and instructions at the start of a line', async () => {
    const { document } = await openUntitled('FROM node AS build\nFROM alpine:3.20\nCOPY --from=\nHEALTH');
    assert.deepEqual((await completions(document, new vscode.Position(2, 12), '=')).map(labelOf), ['build']);
    const instructions = (await completions(document, new vscode.Position(3, 6))).map(labelOf);
    assert.ok(instructions.includes('HEALTHCHECK'), JSON.stringify(instructions));
  });

  test('the document symbols are the stages, each with its instructions', async () => {
    const { document } = await openUntitled(STAGES);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
      [
        ['build', ['FROM', 'WORKDIR', 'COPY', 'RUN']],
        ['stage 1', ['FROM', 'COPY', 'USER', 'CMD']],
      ],
    );
    assert.equal(document.getText(symbols[0].selectionRange), 'build');
  });

  test('renaming a stage renames its uses', async () => {
    const editor = await openUntitled(STAGES);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, new vscode.Position(0, 18), 'deps');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(editor.document.getText(), STAGES.replace('AS build', 'AS deps').replace('--from=build', '--from=deps'));
  });

  test('formatting upper-cases instructions, indents continuations, spaces comments and JSON arrays', async () => {
    const editor = await openUntitled('from alpine:3.20 as base\nrun   apk add --no-cache curl && \\\n  rm -rf /tmp/*\n#comment\nCMD ["curl","-h"]   \n');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, { tabSize: 4, insertSpaces: true });
    const edit = new vscode.WorkspaceEdit();
    edit.set(editor.document.uri, edits);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(editor.document.getText(), 'FROM alpine:3.20 AS base\nRUN apk add --no-cache curl && \\\n    rm -rf /tmp/*\n# comment\nCMD ["curl", "-h"]\n');
  });
});
