/**
 * All LSP wiring, place-agnostic: the Node and browser entry points create the connection and call this.
 * Every handler has the same beats: find the document, take the cached analysis, call the engine.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover, mergeLintConfigs, rules, type FeatureFacts, type Language } from '../engine';
import { AnalysisCache, languageOf } from './analysis-cache';
import { SettingsStore, lintConfigOf } from './settings';
import { codeActions, fixAllEdit, type FixAllData } from './code-actions';
import { DiagnosticsPublisher } from './diagnostics';
import { toDiagnostic, toRange } from './convert';
import { ProjectFilesStore, type ProjectFiles } from './project-files';
import { featureCapabilities, registerFeatures, resolveUri } from './features';
import { assistCapabilities, registerAssistFeatures } from './assist-features';
import { formattingCapabilities, registerFormatting } from './formatting';
import { NO_OTHER_EXTENSIONS, OTHER_EXTENSIONS_CHANGED, type InitializationOptions, type OtherExtensions } from '../../../shared/protocol';
import { APPLY_ALL_FIXES_KIND, FIX_ALL_KIND, PROJECT_FILE_GLOBS } from '../../../shared/settings';

export interface Runtime {
  setTimeout(callback: () => void, ms: number): { dispose(): void };
  /** Config files and `.dockerignore` around a document; absent where files cannot be read (the browser, for now). */
  readProjectFiles?(documentUri: string, language: Language): Promise<ProjectFiles>;
  /** The text of a file by URI, read synchronously; absent where files cannot be read (the browser: open documents only). */
  readTextFile?(uri: string): string | undefined;
  /** Settles when the engine can lint (the shell parser has loaded); no document is analysed before. */
  ready?: Promise<void>;
}

/** The last path segment of a URI, decoded (`compose.prod.yaml`). */
function fileNameOf(uri: string): string | undefined {
  const name = decodeURIComponent(uri.replace(/[?#].*$/, '')).split('/').pop();
  return name || undefined;
}

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  let canAskConfiguration = false;
  let versionedEdits = false;
  let pullDiagnostics = false;
  let canWatchFiles = false;
  let canCreateFiles = false;
  let lazyFixAll = false;
  let canRefreshInlayHints = false;
  let otherExtensions: OtherExtensions = NO_OTHER_EXTENSIONS;
  const settings = new SettingsStore(connection, () => canAskConfiguration);
  const projectFiles = new ProjectFilesStore(connection, runtime);

  /** Findings for the document's current version, or undefined when it is not ours or Shipshape is off for it. */
  const analyse = async (document: TextDocument) => {
    const language = languageOf(document);
    if (!language) return undefined;
    await runtime.ready;
    const current = await settings.get(document.uri);
    if (!current.enable) return undefined;
    const files = await projectFiles.get(document.uri, language);
    const config = mergeLintConfigs(files.config, lintConfigOf(current, otherExtensions));
    const project = { dockerignore: files.dockerignore, pathExists: files.pathExists, fileName: fileNameOf(document.uri) };
    return { ...cache.findings(document, language, config, settings.generation, project), config, project };
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
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canCreateFiles = versionedEdits && !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    lazyFixAll = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    canRefreshInlayHints = !!caps.workspace?.inlayHint?.refreshSupport;
    publisher.enabled = !pullDiagnostics;
    otherExtensions = (params.initializationOptions as InitializationOptions | undefined)?.otherExtensions ?? NO_OTHER_EXTENSIONS;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        ...featureCapabilities,
        ...assistCapabilities,
        ...formattingCapabilities,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, APPLY_ALL_FIXES_KIND], resolveProvider: lazyFixAll },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'shipshape', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'shipshape' },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'shipshape' });
    if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: PROJECT_FILE_GLOBS.map((globPattern) => ({ globPattern })) });
  });

  const relintAll = () => {
    settings.changed();
    assist.settingsChanged();
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) publisher.schedule(document, 0);
  };
  connection.onDidChangeConfiguration(relintAll);
  connection.onNotification(OTHER_EXTENSIONS_CHANGED, (others: OtherExtensions) => {
    otherExtensions = others;
    relintAll();
  });
  // A client may report one change twice (its own file watcher and our registration): re-lint once.
  let pendingFileChange: { dispose(): void } | undefined;
  connection.onDidChangeWatchedFiles(() => {
    pendingFileChange?.dispose();
    pendingFileChange = runtime.setTimeout(() => {
      projectFiles.clear();
      relintAll();
    }, 50);
  });

  documents.onDidOpen((e) => publisher.schedule(e.document, 0));
  documents.onDidChangeContent((e) => publisher.schedule(e.document));
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    settings.forget(e.document.uri);
    projectFiles.forget(e.document.uri);
    publisher.clear(e.document.uri);
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const result = document && (await runSafe(connection, 'diagnostics', () => analyse(document)));
    return { kind: 'full', items: result ? result.findings.map((f) => toDiagnostic(result.analysis.parsed.lines, f)) : [] };
  });

  /**
   * On a document whose analysis is slow, hover does not wait for the re-lint of a fresh edit: it answers from the
   * (incremental, quick) parse, with the findings once they are there. Elsewhere it takes the usual analysis.
   */
  const hoverAnswer = async (document: TextDocument, position: { line: number; character: number }) => {
    const language = languageOf(document);
    if (language && publisher.isExpensive(document.uri) && (await settings.get(document.uri)).enable) {
      const { parsed } = cache.parsed(document, language);
      return { parsed, answer: hover(parsed, parsed.lines.offsetAt(position), cache.linted(document, language, settings.generation) ?? [], rules) };
    }
    const result = await analyse(document);
    if (!result) return undefined;
    const { parsed } = result.analysis;
    return { parsed, answer: hover(parsed, parsed.lines.offsetAt(position), result.findings, rules) };
  };

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return runSafe(connection, 'hover', async () => {
      const found = await hoverAnswer(document, params.position);
      if (!found?.answer) return null;
      return { contents: { kind: 'markdown' as const, value: found.answer.markdown }, range: toRange(found.parsed.lines, found.answer.span) };
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
        project: result.project,
        range: params.range,
        only: params.context.only,
        versionedEdits,
        canCreateFiles,
        lazyFixAll,
      });
    });
  });

  // Fix-all's edit, made when the action is chosen (see `lazyFixAll`); nothing when the document changed meanwhile.
  connection.onCodeActionResolve(async (action) => {
    const data = action.data as FixAllData | undefined;
    const document = data && documents.get(data.uri);
    if (!data || !document || document.version !== data.version) return action;
    const edit = await runSafe(connection, 'fix-all', async () => {
      const result = await analyse(document);
      return result ? fixAllEdit({ document, parsed: result.analysis.parsed, config: result.config, project: result.project, versionedEdits, canCreateFiles }, data.allowUnsafe) : undefined;
    });
    return edit ? { ...action, edit } : action;
  });

  /** File facts for editor features: paths beside the document, and other files' text (open documents first). */
  const featureFacts = async (document: TextDocument): Promise<FeatureFacts> => {
    const language = languageOf(document);
    const files = language ? await projectFiles.get(document.uri, language) : undefined;
    const readFile = (path: string) => {
      const uri = resolveUri(document.uri, path);
      return uri ? (documents.get(uri)?.getText() ?? runtime.readTextFile?.(uri)) : undefined;
    };
    return { pathExists: files?.pathExists, fileName: fileNameOf(document.uri), readFile };
  };
  registerFeatures(connection, documents, async (document) => (await analyse(document))?.analysis.parsed, (what, work) => runSafe(connection, what, work), featureFacts);
  const assist = registerAssistFeatures(connection, documents, async (document) => (await analyse(document))?.analysis.parsed, (what, work) => runSafe(connection, what, work), {
    settingsOf: (uri) => settings.get(uri),
    canRefreshInlayHints: () => canRefreshInlayHints,
  });

  registerFormatting(connection, documents, {
    analyse: async (document) => {
      const result = await analyse(document);
      return result && { parsed: result.analysis.parsed, findings: result.findings, config: result.config, project: result.project };
    },
    settingsOf: (uri) => settings.get(uri),
    runSafe: (what, work) => runSafe(connection, what, work),
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
