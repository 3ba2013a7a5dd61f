import type { Finding, LineIndex } from '../../engine';

export interface FileResult {
  path: string;
  lines: LineIndex;
  findings: Finding[];
  /** Set when the file could not be read or analysed. */
  error?: string;
  /** Number of fixes --fix applied. */
  fixed?: number;
}

export type Formatter = (results: FileResult[], options: { color: boolean }) => string;
