/**
 * Parse once per document version; lint once per version and settings generation. Diagnostics, hover and code
 * actions all read from here, so no request re-parses or re-lints a version that was already analysed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOfFileName, lint, parseDocument, type Finding, type Language, type LintConfig, type ParsedDocument, type ProjectFacts } from '../engine';
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
    // The previous version lets an edited Dockerfile re-parse only the instructions the edit touched.
    const previous = cached?.parsed.language === language ? cached.parsed : undefined;
    const analysis: Analysis = { version: document.version, parsed: parseDocument(document.getText(), language, previous), findings: new Map() };
    this.entries.set(document.uri, analysis);
    return analysis;
  }

  findings(document: TextDocument, language: Language, config: LintConfig, generation: number, project?: ProjectFacts): { analysis: Analysis; findings: Finding[] } {
    const analysis = this.parsed(document, language);
    let findings = analysis.findings.get(generation);
    if (!findings) {
      findings = lint(analysis.parsed, { config, project });
      analysis.findings.clear();
      analysis.findings.set(generation, findings);
    }
    return { analysis, findings };
  }

  /** Findings already made for this version and settings generation; undefined while it is not linted yet. */
  linted(document: TextDocument, language: Language, generation: number): Finding[] | undefined {
    const cached = this.entries.get(document.uri);
    return cached && cached.version === document.version && cached.parsed.language === language ? cached.findings.get(generation) : undefined;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
