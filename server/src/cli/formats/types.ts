import type { FileReport } from '../report';

export interface FormatContext {
  /** ANSI colours (a terminal, NO_COLOR unset). */
  color: boolean;
  /** Shipshape's version, for formats that name the tool. */
  version: string;
  /** Absolute working directory: relative paths in reports are relative to it. */
  cwd: string;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
