/**
 * Completion, definition, references, rename, highlights, folding, document and workspace symbols and document links:
 * each request finds the document, takes its cached parse and asks the engine's features for its language
 * (`languageFeatures`). A language with no implementation of a member answers with nothing.
 */
import {
  CompletionItemKind,
  DocumentHighlightKind,
  ErrorCodes,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  SymbolKind,
  type CompletionItem,
  type Connection,
  type DocumentHighlight,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type ServerCapabilities,
  type SymbolInformation,
  type TextEdit,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  LineIndex,
  languageFeatures,
  type CompletionEntry,
  type ExternalLocation,
  type FeatureFacts,
  type FoldingEntry,
  type HighlightEntry,
  type LanguageFeatures,
  type ParsedDocument,
  type Span,
  type SymbolEntry,
} from '../engine';
import { toRange, toTextEdit } from './convert';
import { CrossFileStages } from './cross-file-stages';

export const featureCapabilities: Partial<ServerCapabilities> = {
  // A space after `key:` opens the value list; keys complete as words are typed. Dockerfiles also open lists after
  // `-`/`--` (flags), `=` (flag values), `,` (mount options, flow lists in Compose) and `$`/`${` (variables).
  completionProvider: { triggerCharacters: [' ', '-', '=', ',', '$', '{'] },
  definitionProvider: true,
  referencesProvider: true,
  documentSymbolProvider: true,
  documentLinkProvider: { resolveProvider: false },
  renameProvider: { prepareProvider: true },
  documentHighlightProvider: true,
  foldingRangeProvider: true,
  workspaceSymbolProvider: true,
};

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  name: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  keyword: CompletionItemKind.Keyword,
  variable: CompletionItemKind.Variable,
};

const SYMBOL_KIND: Record<SymbolEntry['kind'], SymbolKind> = {
  section: SymbolKind.Module,
  service: SymbolKind.Class,
  network: SymbolKind.Interface,
  volume: SymbolKind.Struct,
  secret: SymbolKind.Key,
  config: SymbolKind.File,
  model: SymbolKind.Object,
  key: SymbolKind.Property,
  stage: SymbolKind.Class,
  instruction: SymbolKind.Function,
};

const HIGHLIGHT_KIND: Record<HighlightEntry['kind'], DocumentHighlightKind> = {
  read: DocumentHighlightKind.Read,
  write: DocumentHighlightKind.Write,
  text: DocumentHighlightKind.Text,
};

type Parse = (document: TextDocument) => Promise<ParsedDocument | undefined>;
type Safe = <T>(what: string, work: () => Promise<T>) => Promise<T | null>;
/** What the adapter knows about the files around a document (see `FeatureFacts`). */
type Facts = (document: TextDocument) => Promise<FeatureFacts>;

export function registerFeatures(connection: Connection, documents: TextDocuments<TextDocument>, parse: Parse, runSafe: Safe, facts: Facts): void {
  /** The parsed document and its language's features, for a request on `uri`. */
  const target = async (uri: string): Promise<{ parsed: ParsedDocument; features: LanguageFeatures; document: TextDocument } | undefined> => {
    const document = documents.get(uri);
    const parsed = document && (await parse(document));
    const features = parsed && languageFeatures[parsed.language];
    return document && parsed && features ? { parsed, features, document } : undefined;
  };

  connection.onCompletion(async (params) =>
    runSafe('completion', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.completion) return [];
      const entries = t.features.completion(t.parsed, t.parsed.lines.offsetAt(params.position), await facts(t.document));
      return entries.map((entry): CompletionItem => toCompletionItem(t.parsed.lines, entry));
    }),
  );

  connection.onDefinition(async (params) =>
    runSafe('definition', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.definition) return [];
      const found = t.features.definition(t.parsed, t.parsed.lines.offsetAt(params.position), await facts(t.document));
      return found.flatMap((place): Location[] => {
        if (!isExternal(place)) return [{ uri: params.textDocument.uri, range: toRange(t.parsed.lines, place) }];
        const uri = resolveUri(params.textDocument.uri, place.path);
        return uri ? [{ uri, range: toRange(new LineIndex(place.text), place.span) }] : [];
      });
    }),
  );

  const stages = new CrossFileStages(documents, parse, facts);

  // A refusal (`{ error }`) reaches the user as the reason rename is not possible here: an error response, not null.
  connection.onPrepareRename(async (params) => {
    const answer = await runSafe('prepare rename', async () => {
      const t = await target(params.textDocument.uri);
      if (!t) return null;
      const offset = t.parsed.lines.offsetAt(params.position);
      const result = t.features.prepareRename?.(t.parsed, offset);
      if (result) return 'error' in result ? result : { range: toRange(t.parsed.lines, result.span), placeholder: result.placeholder };
      const ref = stages.targetAt(t.parsed, offset);
      if (!ref) return null;
      if (!(await stages.stageOf(t.document, ref))) return { error: `No stage \`${ref.stage}\` found in ${ref.dockerfile}.` };
      return { range: toRange(t.parsed.lines, ref.span), placeholder: ref.stage };
    });
    if (answer && 'error' in answer) return new ResponseError(ErrorCodes.InvalidRequest, answer.error);
    return answer;
  });

  connection.onRenameRequest(async (params) => {
    const answer = await runSafe('rename', async () => {
      const t = await target(params.textDocument.uri);
      if (!t) return null;
      const offset = t.parsed.lines.offsetAt(params.position);
      const local = t.features.rename?.(t.parsed, offset, params.newName);
      if (local) {
        if ('error' in local) return local;
        const changes: Record<string, TextEdit[]> = { [t.document.uri]: local.edits.map((edit) => toTextEdit(t.parsed.lines, edit)) };
        const stage = t.features.stageAt?.(t.parsed, offset);
        if (stage) addTargets(changes, await stages.targets(t.document.uri, stage), params.newName);
        return { changes };
      }
      // A `build.target`: rename the stage in its Dockerfile, then every target naming it.
      const ref = stages.targetAt(t.parsed, offset);
      const dockerfile = ref && (await stages.stageOf(t.document, ref));
      if (!ref || !dockerfile) return ref ? { error: `No stage \`${ref.stage}\` found in ${ref.dockerfile}.` } : null;
      const renamed = languageFeatures[dockerfile.parsed.language]?.rename?.(dockerfile.parsed, dockerfile.offset, params.newName);
      if (!renamed || 'error' in renamed) return renamed ?? null;
      const changes: Record<string, TextEdit[]> = { [dockerfile.uri]: renamed.edits.map((edit) => toTextEdit(dockerfile.parsed.lines, edit)) };
      addTargets(changes, await stages.targets(dockerfile.uri, ref.stage.toLowerCase()), params.newName);
      return { changes };
    });
    if (answer && 'error' in answer) return new ResponseError(ErrorCodes.InvalidRequest, answer.error);
    return answer;
  });

  connection.onDocumentHighlight(async (params) =>
    runSafe('document highlight', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.highlights) return [];
      const entries = t.features.highlights(t.parsed, t.parsed.lines.offsetAt(params.position));
      return entries.map((h): DocumentHighlight => ({ range: toRange(t.parsed.lines, h.span), kind: HIGHLIGHT_KIND[h.kind] }));
    }),
  );

  connection.onFoldingRanges(async (params) =>
    runSafe('folding ranges', async () => {
      const t = await target(params.textDocument.uri);
      return t?.features.folding ? toFoldingRanges(t.parsed.lines, t.features.folding(t.parsed)) : [];
    }),
  );

  connection.onWorkspaceSymbol(async (params) =>
    runSafe('workspace symbols', async () => {
      const query = params.query.toLowerCase();
      const found: SymbolInformation[] = [];
      for (const document of documents.all()) {
        const t = await target(document.uri);
        for (const symbol of t?.features.workspaceSymbols?.(t.parsed) ?? []) {
          if (!matchesQuery(symbol.name.toLowerCase(), query)) continue;
          found.push({ name: symbol.name, kind: SYMBOL_KIND[symbol.kind], containerName: symbol.detail, location: { uri: document.uri, range: toRange(t!.parsed.lines, symbol.selectionSpan) } });
        }
      }
      return found;
    }),
  );

  connection.onReferences(async (params) =>
    runSafe('references', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.references) return [];
      const offset = t.parsed.lines.offsetAt(params.position);
      const spans = t.features.references(t.parsed, offset, params.context.includeDeclaration);
      const found = spans.map((span): Location => ({ uri: params.textDocument.uri, range: toRange(t.parsed.lines, span) }));
      const stage = t.features.stageAt?.(t.parsed, offset);
      if (stage) return [...found, ...(await stages.targets(t.document.uri, stage))];
      // A `build.target`: the stage's declaration and uses in its Dockerfile, and every target naming it.
      const ref = !found.length ? stages.targetAt(t.parsed, offset) : undefined;
      const dockerfile = ref && (await stages.stageOf(t.document, ref));
      if (!ref || !dockerfile) return found;
      const inDockerfile = languageFeatures[dockerfile.parsed.language]?.references?.(dockerfile.parsed, dockerfile.offset, params.context.includeDeclaration) ?? [];
      return [...inDockerfile.map((span): Location => ({ uri: dockerfile.uri, range: toRange(dockerfile.parsed.lines, span) })), ...(await stages.targets(dockerfile.uri, ref.stage.toLowerCase()))];
    }),
  );

  connection.onDocumentSymbol(async (params) =>
    runSafe('document symbols', async () => {
      const t = await target(params.textDocument.uri);
      return t?.features.symbols ? t.features.symbols(t.parsed).map((s) => toDocumentSymbol(t.parsed.lines, s)) : [];
    }),
  );

  connection.onDocumentLinks(async (params) =>
    runSafe('document links', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.links) return [];
      return t.features.links(t.parsed, await facts(t.document)).flatMap((link): DocumentLink[] => {
        const uri = resolveUri(params.textDocument.uri, link.target);
        return uri ? [{ range: toRange(t.parsed.lines, link.span), target: uri, tooltip: link.tooltip }] : [];
      });
    }),
  );
}

const isExternal = (place: Span | ExternalLocation): place is ExternalLocation => 'path' in place;

/** The query's characters in order, as editors match symbol names (`bld` finds `build`). */
function matchesQuery(name: string, query: string): boolean {
  let at = 0;
  for (const char of query) {
    at = name.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Edits renaming `build.target`s, added to a rename's changes. */
function addTargets(changes: Record<string, TextEdit[]>, targets: Location[], newName: string): void {
  for (const target of targets) (changes[target.uri] ??= []).push({ range: target.range, newText: newName });
}

/** Line ranges from spans; a range must span lines, and two ranges may not start on the same line (the first wins). */
function toFoldingRanges(lines: LineIndex, entries: FoldingEntry[]): FoldingRange[] {
  const seen = new Set<number>();
  const ranges: FoldingRange[] = [];
  for (const entry of entries) {
    const startLine = lines.positionAt(entry.span.start).line;
    const endLine = lines.positionAt(entry.span.end).line;
    if (endLine <= startLine || seen.has(startLine)) continue;
    seen.add(startLine);
    ranges.push({ startLine, endLine, ...(entry.kind ? { kind: entry.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region } : {}) });
  }
  return ranges;
}

function toCompletionItem(lines: LineIndex, entry: CompletionEntry): CompletionItem {
  return {
    label: entry.label,
    kind: COMPLETION_KIND[entry.kind],
    detail: entry.detail,
    documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
    textEdit: { range: toRange(lines, entry.span), newText: entry.insertText },
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: entry.sortText,
  };
}

function toDocumentSymbol(lines: LineIndex, entry: SymbolEntry): DocumentSymbol {
  return {
    name: entry.name,
    kind: SYMBOL_KIND[entry.kind],
    detail: entry.detail,
    range: toRange(lines, entry.span),
    selectionRange: toRange(lines, entry.selectionSpan),
    children: entry.children.map((child) => toDocumentSymbol(lines, child)),
  };
}

/** A web address as is; a path relative to the document's directory (or absolute) as a URI beside the document; undefined when impossible. */
export function resolveUri(documentUri: string, target: string): string | undefined {
  if (/^https?:\/\//.test(target)) return target; // a web page (an image's registry page)
  const path = target.replace(/\\/g, '/');
  const encoded = path
    .split('/')
    .map((part, i) => (i === 0 && /^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part)))
    .join('/');
  try {
    return new URL(/^[A-Za-z]:\//.test(path) ? `/${encoded}` : encoded, documentUri).toString();
  } catch {
    return undefined; // an untitled document has no directory
  }
}
