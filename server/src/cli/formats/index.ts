/** Every report format, by the name `--format` takes. */
import type { Formatter } from './types';
import { formatCheckstyle } from './checkstyle';
import { formatCompact } from './compact';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
  checkstyle: formatCheckstyle,
  junit: formatJunit,
  compact: formatCompact,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export type { Formatter, FormatContext } from './types';
