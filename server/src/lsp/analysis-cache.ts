/**
 * Parse once per document version; lint once per version and settings generation. Diagnostics, hover and code
 * actions all read from here, so no request re-parses or re-lints a version that was already analysed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOfFileName, lint, parseDocument, type Finding, type Language, type LintConfig, type ParsedDocument } from '../engine';
import { COMPOSE_LANGUAGE_ID, DOCKERFILE_LANGUAGE_ID } from '../../../shared/settings';

export interface Analysis {
  version: number;
  parsed: ParsedDocument;
  findings: Map<number, Finding[]>;
}

/** By language id first (the user may have set it by hand), then by file name. */
export function languageOf(document: TextDocument): Language | undefined {
  if (document.languageId === DOCKERFILE_LANGUAGE_ID) return 'dockerfile';
  if (document.languageId === COMPOSE_LANGUAGE_ID) return 'compose';
  return languageOfFileName(decodeURIComponent(document.uri.replace(/[?#].*$/, '')));
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  /** The parse of this exact version, made now if it is not cached yet. */
  parsed(document: TextDocument, language: Language): Analysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.parsed.language === language) return cached;
    const analysis: Analysis = { version: document.version, parsed: parseDocument(document.getText(), language), findings: new Map() };
    this.entries.set(document.uri, analysis);
    return analysis;
  }

  findings(document: TextDocument, language: Language, config: LintConfig, generation: number): { analysis: Analysis; findings: Finding[] } {
    const analysis = this.parsed(document, language);
    let findings = analysis.findings.get(generation);
    if (!findings) {
      findings = lint(analysis.parsed, { config });
      analysis.findings.clear();
      analysis.findings.set(generation, findings);
    }
    return { analysis, findings };
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
