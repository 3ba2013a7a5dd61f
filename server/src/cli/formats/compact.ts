/**
 * One line per finding, `path:line:col: severity rule-id message`: the `file:line:col:` prefix that editors'
 * problem parsers read (Vim's errorformat, Emacs' compilation mode, VS Code's `$shipshape` problem matcher that
 * the extension contributes). Files that could not be read are named on stderr, not here.
 */
import { displayRuleId } from '../report';
import type { Formatter } from './types';

export const formatCompact: Formatter = (reports) =>
  reports
    .flatMap((r) => r.findings.map((f) => `${r.path}:${f.start.line}:${f.start.column}: ${f.severity} ${displayRuleId(f, r.hadolintCompat)} ${oneLine(f.message)}\n`))
    .join('');

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
