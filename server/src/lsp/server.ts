/**
 * All LSP wiring, place-agnostic: the Node and browser entry points create the connection and call this.
 * Every handler has the same beats: find the document, take the cached analysis, call the engine.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover, rules } from '../engine';
import { AnalysisCache, languageOf } from './analysis-cache';
import { SettingsStore, lintConfigOf } from './settings';
import { codeActions } from './code-actions';
import { DiagnosticsPublisher } from './diagnostics';
import { toDiagnostic, toRange } from './convert';
import { APPLY_ALL_FIXES_KIND, FIX_ALL_KIND } from '../../../shared/settings';

export interface Runtime {
  setTimeout(callback: () => void, ms: number): { dispose(): void };
}

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  let canAskConfiguration = false;
  let versionedEdits = false;
  let pullDiagnostics = false;
  const settings = new SettingsStore(connection, () => canAskConfiguration);

  /** Findings for the document's current version, or undefined when it is not ours or Shipshape is off for it. */
  const analyse = async (document: TextDocument) => {
    const language = languageOf(document);
    if (!language) return undefined;
    const current = await settings.get(document.uri);
    if (!current.enable) return undefined;
    const config = lintConfigOf(current);
    return { ...cache.findings(document, language, config, settings.generation), config };
  };

  const publisher = new DiagnosticsPublisher(connection, runtime, async (document) => {
    const result = await analyse(document);
    return result ? result.findings.map((f) => toDiagnostic(result.analysis.parsed.lines, f)) : [];
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canAskConfiguration = !!caps.workspace?.configuration;
    versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    publisher.enabled = !pullDiagnostics;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, APPLY_ALL_FIXES_KIND] },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'shipshape', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'shipshape' },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'shipshape' });
  });

  connection.onDidChangeConfiguration(() => {
    settings.changed();
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) publisher.schedule(document, 0);
  });

  documents.onDidOpen((e) => publisher.schedule(e.document, 0));
  documents.onDidChangeContent((e) => publisher.schedule(e.document));
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    settings.forget(e.document.uri);
    publisher.clear(e.document.uri);
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const result = document && (await runSafe(connection, 'diagnostics', () => analyse(document)));
    return { kind: 'full', items: result ? result.findings.map((f) => toDiagnostic(result.analysis.parsed.lines, f)) : [] };
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return runSafe(connection, 'hover', async () => {
      const result = await analyse(document);
      if (!result) return null;
      const { parsed } = result.analysis;
      const answer = hover(parsed, parsed.lines.offsetAt(params.position), result.findings, rules);
      return answer ? { contents: { kind: 'markdown' as const, value: answer.markdown }, range: toRange(parsed.lines, answer.span) } : null;
    });
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return runSafe(connection, 'code actions', async () => {
      const result = await analyse(document);
      if (!result) return [];
      return codeActions({
        document,
        parsed: result.analysis.parsed,
        findings: result.findings,
        config: result.config,
        range: params.range,
        only: params.context.only,
        versionedEdits,
      });
    });
  });

  documents.listen(connection);
  connection.listen();
}

/** An exception in a handler becomes a log line and a neutral answer, never a dead server. */
async function runSafe<T>(connection: Connection, what: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    connection.console.error(`Shipshape ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return null;
  }
}
