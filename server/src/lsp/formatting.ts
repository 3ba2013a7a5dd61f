/**
 * Document, range and on-type formatting. The engine computes minimal edits; before answering, the edits are checked
 * once more against the promise that formatting never adds a finding: the formatted text is linted with the same
 * config, and edits that would add one are not sent (and the reason is logged).
 */
import type { Connection, DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, ServerCapabilities, TextDocuments, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, formatDocument, formatOnType, lint, parseDocument, type Edit, type Finding, type LintConfig, type ParsedDocument, type ProjectFacts, type Span } from '../engine';
import type { ShipshapeSettings } from '../../../shared/settings';
import { formatOptionsOf } from './settings';
import { toRange } from './convert';

export const formattingCapabilities: Partial<ServerCapabilities> = {
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
  // A line break after the escape character indents the continuation line.
  documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' },
};

/** What formatting needs of a document's analysis. */
export interface FormattingAnalysis {
  parsed: ParsedDocument;
  findings: readonly Finding[];
  config: LintConfig;
  project: ProjectFacts;
}

interface FormattingHost {
  analyse(document: TextDocument): Promise<FormattingAnalysis | undefined>;
  settingsOf(uri: string): Promise<ShipshapeSettings>;
  runSafe<T>(what: string, work: () => Promise<T>): Promise<T | null>;
}

type Request = DocumentFormattingParams | DocumentRangeFormattingParams | DocumentOnTypeFormattingParams;

export function registerFormatting(connection: Connection, documents: TextDocuments<TextDocument>, host: FormattingHost): void {
  const answer = (what: string, params: Request, edits: (parsed: ParsedDocument, options: ReturnType<typeof formatOptionsOf>) => Edit[]) =>
    host.runSafe(what, async (): Promise<TextEdit[]> => {
      const document = documents.get(params.textDocument.uri);
      const analysis = document && (await host.analyse(document));
      if (!analysis) return [];
      const options = formatOptionsOf(await host.settingsOf(params.textDocument.uri), params.options);
      const proposed = edits(analysis.parsed, options);
      if (proposed.length === 0) return [];
      const added = addedFindings(analysis, proposed);
      if (added.length > 0) {
        connection.console.warn(`Shipshape ${what}: not applied, it would add ${added.map((f) => `${f.ruleId} (${f.message})`).join('; ')}`);
        return [];
      }
      return proposed.map((e) => ({ range: toRange(analysis.parsed.lines, e.span), newText: e.text }));
    });

  connection.onDocumentFormatting((params) => answer('formatting', params, (parsed, options) => formatDocument(parsed, options)));
  connection.onDocumentRangeFormatting((params) =>
    answer('range formatting', params, (parsed, options) => formatDocument(parsed, options, spanOf(parsed, params.range))),
  );
  connection.onDocumentOnTypeFormatting((params) =>
    answer('on-type formatting', params, (parsed, options) => formatOnType(parsed, parsed.lines.offsetAt(params.position), params.ch, options)),
  );
}

function spanOf(parsed: ParsedDocument, range: DocumentRangeFormattingParams['range']): Span {
  return { start: parsed.lines.offsetAt(range.start), end: parsed.lines.offsetAt(range.end) };
}

/**
 * Findings of the formatted text that the original does not have. Messages quote keywords and commands as written, so
 * they are compared ignoring case and the length of whitespace runs.
 */
function addedFindings(analysis: FormattingAnalysis, edits: Edit[]): Finding[] {
  const { parsed, config, project } = analysis;
  const after = lint(parseDocument(applyEdits(parsed.text, edits), parsed.language), { config, project });
  const key = (f: Finding) => `${f.ruleId}\n${f.message.toLowerCase().replace(/\s+/g, ' ')}`;
  const before = new Map<string, number>();
  for (const f of analysis.findings) before.set(key(f), (before.get(key(f)) ?? 0) + 1);
  return after.filter((f) => {
    const left = before.get(key(f)) ?? 0;
    before.set(key(f), left - 1);
    return left <= 0;
  });
}
