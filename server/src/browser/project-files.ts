/**
 * Config files and `.dockerignore` in a browser: the worker cannot read files, so it asks the client (which reads
 * them through `workspace.fs`) and parses what comes back with the same engine functions the Node server uses.
 */
import type { Connection } from 'vscode-languageserver/browser';
import { mergeLintConfigs, parseHadolintConfig, parseShipshapeConfig, type Language } from '../engine';
import type { ProjectFiles } from '../lsp/project-files';
import { PROJECT_FILES_REQUEST, type ProjectFilesParams, type ProjectFilesResult } from '../../../shared/protocol';

const PARSERS = { hadolint: parseHadolintConfig, shipshape: parseShipshapeConfig };

export async function readProjectFilesThroughClient(connection: Connection, uri: string, language: Language): Promise<ProjectFiles> {
  const params: ProjectFilesParams = { uri, language };
  const found = await connection.sendRequest<ProjectFilesResult>(PROJECT_FILES_REQUEST, params);
  const files = found.configFiles.map((file) => ({ uri: file.uri, parsed: PARSERS[file.kind](file.text) }));
  return {
    config: mergeLintConfigs(...files.map((f) => f.parsed.config)),
    sources: files.map((f) => f.uri),
    errors: files.flatMap((f) => f.parsed.problems.map((p) => `${f.uri}:${p.line}:${p.column}: ${p.message}`)),
    dockerignore: found.dockerignore,
  };
}
