/** A document parsed once per version; diagnostics, hover and code actions all share it. */
import type { Language } from './model';
import { LineIndex } from './text/line-index';
import { parseDockerfile, type DockerfileModel } from './parse/dockerfile';
import { parseCompose, type ComposeModel } from './parse/compose';

export interface ParsedDocument {
  text: string;
  language: Language;
  lines: LineIndex;
  /** Present when `language` is `dockerfile`. */
  dockerfile: DockerfileModel | undefined;
  /** Present when `language` is `compose`. */
  compose: ComposeModel | undefined;
}

export function parseDocument(text: string, language: Language): ParsedDocument {
  const lines = new LineIndex(text);
  return {
    text,
    language,
    lines,
    dockerfile: language === 'dockerfile' ? parseDockerfile(text, lines) : undefined,
    compose: language === 'compose' ? parseCompose(text, lines) : undefined,
  };
}
