/**
 * GitLab Code Quality: the JSON array GitLab reads from `artifacts:reports:codequality` (a subset of Code Climate's
 * issue format). GitLab requires `description`, `check_name`, `fingerprint`, `severity` and `location.path` with
 * `location.lines.begin`; the fingerprint must stay the same while the finding does, so it hashes the rule, the file,
 * the flagged line's text and its occurrence, not the line number.
 */
import type { Category, Severity } from '../../engine';
import { posixPath } from '../report';
import type { Formatter } from './types';

const SEVERITY: Record<Severity, string> = { error: 'critical', warning: 'major', info: 'minor', hint: 'info' };

const CATEGORY: Record<Category, string> = {
  'build-cache': 'Performance',
  'image-size': 'Performance',
  security: 'Security',
  reliability: 'Bug Risk',
  correctness: 'Bug Risk',
  maintainability: 'Clarity',
  style: 'Style',
};

export const formatGitlab: Formatter = (reports) =>
  JSON.stringify(
    reports.flatMap((r) =>
      r.findings.map((f) => ({
        type: 'issue',
        engine_name: 'shipshape',
        check_name: f.ruleId,
        description: f.message,
        categories: [CATEGORY[f.category]],
        severity: SEVERITY[f.severity],
        fingerprint: f.fingerprint,
        location: { path: posixPath(r.path), lines: { begin: f.start.line, end: f.end.line } },
      })),
    ),
    null,
    2,
  ) + '\n';
