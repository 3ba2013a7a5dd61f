/** Human-readable output grouped by file: `line:col  severity  message  rule-id`. */
import type { Severity } from '../../engine';
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

export const formatStylish: Formatter = (results, { color }) => {
  const paint = (kind: keyof typeof COLORS, text: string) => (color ? `${COLORS[kind]}${text}${COLORS.reset}` : text);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const result of results) {
    if (result.error) {
      out.push(`${paint('bold', result.path)}`, `  ${paint('error', 'error')}  ${result.error}`, '');
      continue;
    }
    if (result.findings.length === 0) continue;
    out.push(paint('bold', result.path));
    for (const f of result.findings) {
      const { line, character } = result.lines.positionAt(f.span.start);
      counts[f.severity]++;
      if (f.fixes.length > 0) fixable++;
      const where = `${line + 1}:${character + 1}`.padEnd(7);
      const mark = f.fixes.length > 0 ? paint('dim', ' (fixable)') : '';
      out.push(`  ${paint('dim', where)} ${paint(f.severity, f.severity.padEnd(7))}  ${f.message}  ${paint('dim', f.ruleId)}${mark}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const fixedTotal = results.reduce((n, r) => n + (r.fixed ?? 0), 0);
  if (fixedTotal > 0) out.push(`Fixed ${fixedTotal} problem${fixedTotal === 1 ? '' : 's'}.`);
  if (total === 0) {
    out.push(`No problems in ${results.length} file${results.length === 1 ? '' : 's'}.`);
  } else {
    out.push(
      paint('bold', `${total} problem${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info + counts.hint} infos)`) +
        (fixable ? `, ${fixable} with a quick fix (safe ones: --fix)` : ''),
    );
  }
  return out.join('\n') + '\n';
};
