/**
 * Completion, definition, references, document symbols and document links: each request finds the document, takes
 * its cached parse and asks the engine's features for its language (`languageFeatures`). A language with no
 * implementation answers with nothing, so adding one (Dockerfiles) needs no change here.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Connection,
  type DocumentLink,
  type DocumentSymbol,
  type Location,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageFeatures, type CompletionEntry, type LanguageFeatures, type LineIndex, type ParsedDocument, type SymbolEntry } from '../engine';
import { toRange } from './convert';

export const featureCapabilities: Partial<ServerCapabilities> = {
  // A space after `key:` opens the value list; keys complete as words are typed.
  completionProvider: { triggerCharacters: [' '] },
  definitionProvider: true,
  referencesProvider: true,
  documentSymbolProvider: true,
  documentLinkProvider: { resolveProvider: false },
};

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  name: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
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
};

type Parse = (document: TextDocument) => Promise<ParsedDocument | undefined>;
type Safe = <T>(what: string, work: () => Promise<T>) => Promise<T | null>;

export function registerFeatures(connection: Connection, documents: TextDocuments<TextDocument>, parse: Parse, runSafe: Safe): void {
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
      const entries = t.features.completion(t.parsed, t.parsed.lines.offsetAt(params.position));
      return entries.map((entry): CompletionItem => toCompletionItem(t.parsed.lines, entry));
    }),
  );

  connection.onDefinition(async (params) =>
    runSafe('definition', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.definition) return [];
      return t.features.definition(t.parsed, t.parsed.lines.offsetAt(params.position)).map((span): Location => ({ uri: params.textDocument.uri, range: toRange(t.parsed.lines, span) }));
    }),
  );

  connection.onReferences(async (params) =>
    runSafe('references', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.references) return [];
      const spans = t.features.references(t.parsed, t.parsed.lines.offsetAt(params.position), params.context.includeDeclaration);
      return spans.map((span): Location => ({ uri: params.textDocument.uri, range: toRange(t.parsed.lines, span) }));
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
      return t.features.links(t.parsed).flatMap((link): DocumentLink[] => {
        const uri = resolveUri(params.textDocument.uri, link.target);
        return uri ? [{ range: toRange(t.parsed.lines, link.span), target: uri, tooltip: link.tooltip }] : [];
      });
    }),
  );
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

/** A path relative to the document's directory (or absolute) as a URI beside the document; undefined when impossible. */
export function resolveUri(documentUri: string, target: string): string | undefined {
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
