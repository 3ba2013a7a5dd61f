/**
 * Answers the browser server's `shipshape/projectFiles` request through `workspace.fs`, with the Node server's rules
 * (server/src/node/config-files.ts): the nearest `.hadolint.yaml|yml` and `.shipshape.yaml|yml` walking up from the
 * document, stopping after the directory holding `.git` or at the workspace folder; the build context's ignore file
 * `<Dockerfile name>.dockerignore`, else `.dockerignore`, beside the Dockerfile.
 */
import * as vscode from 'vscode';
import type { ProjectFileText, ProjectFilesParams, ProjectFilesResult } from '../../../shared/protocol';

const CONFIG_FILES: { kind: ProjectFileText['kind']; names: string[] }[] = [
  { kind: 'hadolint', names: ['.hadolint.yaml', '.hadolint.yml'] },
  { kind: 'shipshape', names: ['.shipshape.yaml', '.shipshape.yml'] },
];

export async function findProjectFiles({ uri, language }: ProjectFilesParams): Promise<ProjectFilesResult> {
  const document = vscode.Uri.parse(uri);
  const folder = vscode.workspace.getWorkspaceFolder(document);
  // An untitled document, or one outside the workspace: there is nothing around it we may read.
  if (!folder) return { configFiles: [] };
  const directory = vscode.Uri.joinPath(document, '..');
  const configFiles: ProjectFileText[] = [];
  for (const { kind, names } of CONFIG_FILES) {
    const found = await nearest(directory, folder.uri, names);
    if (found) configFiles.push({ kind, ...found });
  }
  if (language !== 'dockerfile') return { configFiles };
  const name = document.path.slice(document.path.lastIndexOf('/') + 1);
  return { configFiles, dockerignore: await dockerignoreIn(directory, name) };
}

async function nearest(start: vscode.Uri, root: vscode.Uri, names: string[]): Promise<{ uri: string; text: string } | undefined> {
  for (let directory = start; ; directory = vscode.Uri.joinPath(directory, '..')) {
    for (const name of names) {
      const file = vscode.Uri.joinPath(directory, name);
      const text = await readText(file);
      if (text !== null) return { uri: file.toString(), text };
    }
    const atTop = directory.path === root.path || !directory.path.startsWith(root.path) || directory.path === '/';
    if (atTop || (await exists(vscode.Uri.joinPath(directory, '.git')))) return undefined;
  }
}

/** The ignore file's text, `null` when there is none, `undefined` when it cannot be read. */
async function dockerignoreIn(directory: vscode.Uri, dockerfileName: string): Promise<string | null | undefined> {
  try {
    for (const name of [`${dockerfileName}.dockerignore`, '.dockerignore']) {
      const text = await readText(vscode.Uri.joinPath(directory, name));
      if (text !== null) return text;
    }
    return null;
  } catch {
    return undefined;
  }
}

/** The file's text, or `null` when it does not exist; other failures throw. */
async function readText(file: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileIsADirectory')) return null;
    throw error;
  }
}

async function exists(file: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
