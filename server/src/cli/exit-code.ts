/**
 * The exit code: 2 for a problem in a configuration file (usage errors never get this far); with --fix-dry-run, 1
 * when a fix would change a file; 1 for a file that could not be read, a finding at or above the fail level, or
 * more warnings than --max-warnings; else 0. The fail level only decides the code: every finding is reported.
 */
import { severityRank } from '../engine';
import type { LintCommand } from './args';
import { HADOLINT_DEFAULT_FAIL_LEVEL } from './hadolint-compat';
import type { FileReport } from './report';

export function exitCode(reports: readonly FileReport[], options: Pick<LintCommand, 'failLevel' | 'maxWarnings' | 'fix'>): 0 | 1 | 2 {
  if (reports.some((r) => r.configErrors?.length)) return 2;
  if (reports.some((r) => r.error)) return 1;
  if (options.fix === 'dry-run') return reports.some((r) => r.diff) ? 1 : 0;
  const fails = (r: FileReport) => {
    const level = options.failLevel ?? r.failLevel ?? (r.hadolintCompat ? HADOLINT_DEFAULT_FAIL_LEVEL : 'warning');
    return level !== 'none' && r.findings.some((f) => severityRank[f.severity] >= severityRank[level]);
  };
  if (reports.some(fails)) return 1;
  const warnings = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  return options.maxWarnings !== undefined && warnings > options.maxWarnings ? 1 : 0;
}
