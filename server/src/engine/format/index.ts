/** Formatting, per language: minimal edits for a document, a range of it, or after a typed character. */
import type { Edit, Span } from '../model';
import type { ParsedDocument } from '../document';
import { applyEdits } from '../fix/apply';
import { unanalysable } from '../text/analysable';
import { LineIndex } from '../text/line-index';
import { formatDockerfile, formatOnType as formatDockerfileOnType, type FormatOptions } from './dockerfile-format';
import { formatCompose } from './compose-format';

export { DEFAULT_FORMAT_OPTIONS, type FormatOptions } from './dockerfile-format';

/** Edits formatting the document (or the part `range` touches). */
export function formatDocument(document: ParsedDocument, options: FormatOptions, range?: Span): Edit[] {
  if (document.unanalysable) return [];
  const edits = document.language === 'dockerfile' ? formatDockerfile(document, options, range) : formatCompose(document, options.tabSize, range);
  return keepsAnalysable(document, edits) ? edits : [];
}

/** Edits after `typed` was typed ending at `offset`. */
export function formatOnType(document: ParsedDocument, offset: number, typed: string, options: FormatOptions): Edit[] {
  if (document.unanalysable || document.language !== 'dockerfile') return [];
  const edits = formatDockerfileOnType(document, offset, typed, options);
  return keepsAnalysable(document, edits) ? edits : [];
}

/**
 * Formatting must not turn an analysed file into one that is not (deeper indentation can push a file near the size
 * limit over it): that would trade every finding for "File too large to analyse".
 */
function keepsAnalysable(document: ParsedDocument, edits: Edit[]): boolean {
  if (edits.length === 0) return true;
  const formatted = applyEdits(document.text, edits);
  return !unanalysable(formatted, document.language, new LineIndex(formatted).lineCount);
}
