/**
 * Editor features as plain data in editor terms (offsets, labels, relative paths), one implementation per language.
 * The LSP adapter converts them; it never needs to know which language answered.
 */
import type { Edit, Span } from '../model';
import type { ParsedDocument } from '../document';
import type { ProjectFacts } from '../define';
import type { InlayHintEntry, InlayHintOptions, SemanticToken, SignatureHelpResult } from './assist-types';

export interface CompletionEntry {
  label: string;
  kind: 'key' | 'value' | 'name' | 'snippet' | 'keyword' | 'variable';
  /** One line shown beside the label. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** What replaces `span`; a snippet (`$1`, `${1:default}`) when `snippet` is set. */
  insertText: string;
  snippet: boolean;
  span: Span;
  /** Orders entries; defaults to the label. */
  sortText?: string;
}

export type SymbolKind = 'section' | 'service' | 'network' | 'volume' | 'secret' | 'config' | 'model' | 'key' | 'stage' | 'instruction';

export interface SymbolEntry {
  name: string;
  kind: SymbolKind;
  detail?: string;
  /** The whole entry. */
  span: Span;
  /** The part to select when the symbol is picked (its name). */
  selectionSpan: Span;
  children: SymbolEntry[];
}

export interface LinkEntry {
  span: Span;
  /** An `https://` address, or a path relative to the document's directory (or absolute) with `/` separators. */
  target: string;
  tooltip: string;
}

/**
 * What the adapter knows about the files around the document. Paths are `/`-separated, relative to the document's
 * directory (or absolute). Members are absent where files cannot be looked at (a browser sees open documents only).
 */
export interface FeatureFacts extends ProjectFacts {
  /** The text of another file (an open document's current text, else the file on disk); undefined when unreadable. */
  readFile?: (path: string) => string | undefined;
}

/** A place in another file: `span` is an offset range into `text`, the file's text as it was read. */
export interface ExternalLocation {
  path: string;
  text: string;
  span: Span;
}

/** Where rename may start: the name's span and the text to offer for editing, or why it cannot be renamed here. */
export type PrepareRenameResult = { span: Span; placeholder: string } | { error: string };

/** The edits of a rename (all in this document), or why the new name is refused. */
export type RenameResult = { edits: Edit[] } | { error: string };

export interface HighlightEntry {
  span: Span;
  /** `write` where the name is declared or assigned, `read` where it is used. */
  kind: 'read' | 'write' | 'text';
}

/** A Compose `build.target`: the characters of the stage name, the name, and the Dockerfile (relative to the Compose file). */
export interface StageReference {
  span: Span;
  stage: string;
  dockerfile: string;
}

export interface FoldingEntry {
  /** From the line holding `span.start` to the line holding `span.end`. */
  span: Span;
  kind?: 'comment' | 'region';
}

/** What a language offers beyond diagnostics and hover. Every member is optional. */
export interface LanguageFeatures {
  completion?(document: ParsedDocument, offset: number, facts?: FeatureFacts): CompletionEntry[];
  /** Where the name at the offset is declared: in this document (a span) or in another file. */
  definition?(document: ParsedDocument, offset: number, facts?: FeatureFacts): (Span | ExternalLocation)[];
  /** Every use of the name at the offset, with its declaration when asked. */
  references?(document: ParsedDocument, offset: number, includeDeclaration: boolean): Span[];
  symbols?(document: ParsedDocument): SymbolEntry[];
  /** Flat symbols offered to a workspace-wide symbol search (Dockerfile stages, Compose services). */
  workspaceSymbols?(document: ParsedDocument): SymbolEntry[];
  links?(document: ParsedDocument, facts?: FeatureFacts): LinkEntry[];
  prepareRename?(document: ParsedDocument, offset: number): PrepareRenameResult | undefined;
  rename?(document: ParsedDocument, offset: number, newName: string): RenameResult | undefined;
  highlights?(document: ParsedDocument, offset: number): HighlightEntry[];
  folding?(document: ParsedDocument): FoldingEntry[];
  /** Dockerfile: the (lower-case) name of the named stage at the offset, so an adapter can follow it into Compose files. */
  stageAt?(document: ParsedDocument, offset: number): string | undefined;
  /** Compose: every `build.target`, with the Dockerfile it names, so an adapter can rename and find stages across files. */
  stageReferences?(document: ParsedDocument): StageReference[];
  /** The syntax of the instruction (or option list) at the offset, with the part under the cursor. */
  signatureHelp?(document: ParsedDocument, offset: number): SignatureHelpResult | undefined;
  /** Sorted, non-overlapping, single-line tokens of the whole document. */
  semanticTokens?(document: ParsedDocument): SemanticToken[];
  inlayHints?(document: ParsedDocument, options: InlayHintOptions): InlayHintEntry[];
}
