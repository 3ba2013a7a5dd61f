/** Human-readable output grouped by file: `line:col  severity  message  rule-id`. */
import type { Severity } from '../../engine';
import { displayRuleId } from '../report';
import type { Formatter } from './types';

const COLORS: Record<Severity | 'dim' | 'bold' | 'reset', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  hint: '\x1b[90m',
  dim: '\x1b[90m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const formatStylish: Formatter = (reports, { color }) => {
  const paint = (kind: keyof typeof COLORS, text: string) => (color ? `${COLORS[kind]}${text}${COLORS.reset}` : text);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const report of reports) {
    if (report.error) {
      out.push(paint('bold', report.path), `  ${paint('error', 'error')}  ${report.error}`, '');
      continue;
    }
    if (report.findings.length === 0) continue;
    out.push(paint('bold', report.path));
    for (const f of report.findings) {
      counts[f.severity]++;
      if (f.fixes.length > 0) fixable++;
      const where = `${f.start.line}:${f.start.column}`.padEnd(7);
      const mark = f.fixes.length > 0 ? paint('dim', ' (fixable)') : '';
      out.push(`  ${paint('dim', where)} ${paint(f.severity, f.severity.padEnd(7))}  ${f.message}  ${paint('dim', displayRuleId(f, report.hadolintCompat))}${mark}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const fixedTotal = reports.reduce((n, r) => n + (r.fixed ?? 0), 0);
  if (fixedTotal > 0) out.push(`Fixed ${plural(fixedTotal, 'problem')}.`);
  if (total === 0) {
    out.push(`No problems in ${plural(reports.length, 'file')}.`);
  } else {
    out.push(
      paint('bold', `${plural(total, 'problem')} (${counts.error} errors, ${counts.warning} warnings, ${counts.info + counts.hint} infos)`) +
        (fixable ? `, ${fixable} with a quick fix (safe ones: --fix)` : ''),
    );
  }
  return out.join('\n') + '\n';
};
