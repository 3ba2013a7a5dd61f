/** A document parsed once per version; diagnostics, hover and code actions all share it. */
import type { Language } from './model';
import { LineIndex } from './text/line-index';
import { parseDockerfile, type DockerfileModel } from './parse/dockerfile';
import { parseCompose, type ComposeModel } from './parse/compose';
import { parsePragmas, type DocumentPragmas } from './config/pragmas';
import { unanalysable, type Unanalysable } from './text/analysable';
import { reparseDockerfile } from './parse/dockerfile-reparse';

export interface ParsedDocument {
  text: string;
  language: Language;
  lines: LineIndex;
  /** Present when `language` is `dockerfile`. */
  dockerfile: DockerfileModel | undefined;
  /** Present when `language` is `compose`. */
  compose: ComposeModel | undefined;
  /** Ignore pragmas and `# check=` directives, with where each applies. */
  pragmas: DocumentPragmas;
  /** Set when the text is not analysed at all (too large, binary): lint reports this instead of running rules. */
  unanalysable?: Unanalysable;
}

/**
 * `previous` is an earlier version of the same document (the editor passes it): a Dockerfile then re-parses only
 * the instructions the edit touched. The result is the same as parsing from scratch.
 */
export function parseDocument(text: string, language: Language, previous?: ParsedDocument): ParsedDocument {
  const lines = new LineIndex(text);
  const refused = unanalysable(text, language, lines.lineCount);
  if (refused) return notAnalysed(text, language, lines, refused);
  try {
    const dockerfile = language === 'dockerfile' ? reparsed(previous, text, lines) ?? parseDockerfile(text, lines) : undefined;
    const compose = language === 'compose' ? parseCompose(text, lines) : undefined;
    return { text, language, lines, dockerfile, compose, pragmas: parsePragmas(dockerfile, compose) };
  } catch (error) {
    // A parser giving up on pathological input (the yaml parser overflows its stack on thousands of compact
    // mappings on one line) must not take the editor or the CLI down with it.
    return notAnalysed(text, language, lines, { reason: 'too-complex', message: `File too complex to analyse (${error instanceof Error ? error.message : String(error)}).` });
  }
}

function notAnalysed(text: string, language: Language, lines: LineIndex, why: Unanalysable): ParsedDocument {
  return { text, language, lines, dockerfile: undefined, compose: undefined, pragmas: parsePragmas(undefined, undefined), unanalysable: why };
}

function reparsed(previous: ParsedDocument | undefined, text: string, lines: LineIndex): DockerfileModel | undefined {
  return previous?.dockerfile ? reparseDockerfile(previous.dockerfile, text, lines) : undefined;
}
