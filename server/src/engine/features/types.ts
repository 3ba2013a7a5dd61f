/**
 * Editor features as plain data in editor terms (offsets, labels, relative paths), one implementation per language.
 * The LSP adapter converts them; it never needs to know which language answered.
 */
import type { Span } from '../model';
import type { ParsedDocument } from '../document';

export interface CompletionEntry {
  label: string;
  kind: 'key' | 'value' | 'name' | 'snippet';
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

export type SymbolKind = 'section' | 'service' | 'network' | 'volume' | 'secret' | 'config' | 'model' | 'key';

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
  /** A path relative to the document's directory (or absolute), with `/` separators. */
  target: string;
  tooltip: string;
}

/** What a language offers beyond diagnostics and hover. Every member is optional. */
export interface LanguageFeatures {
  completion?(document: ParsedDocument, offset: number): CompletionEntry[];
  /** Where the name at the offset is declared. */
  definition?(document: ParsedDocument, offset: number): Span[];
  /** Every use of the name at the offset, with its declaration when asked. */
  references?(document: ParsedDocument, offset: number, includeDeclaration: boolean): Span[];
  symbols?(document: ParsedDocument): SymbolEntry[];
  links?(document: ParsedDocument): LinkEntry[];
}
