/** A document parsed once per version; diagnostics, hover and code actions all share it. */
import type { Language } from './model';
import { LineIndex } from './text/line-index';
import { parseDockerfile, type DockerfileModel } from './parse/dockerfile';

export interface ParsedDocument {
  text: string;
  language: Language;
  lines: LineIndex;
  /** Present when `language` is `dockerfile`. */
  dockerfile: DockerfileModel | undefined;
}

export function parseDocument(text: string, language: Language): ParsedDocument {
  const lines = new LineIndex(text);
  return {
    text,
    language,
    lines,
    dockerfile: language === 'dockerfile' ? parseDockerfile(text, lines) : undefined,
  };
}
