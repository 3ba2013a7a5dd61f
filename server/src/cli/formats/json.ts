/** Machine-readable output: one entry per file, positions 1-based (columns in UTF-16 code units, end exclusive). */
import { ruleDocsUrl } from '../../../../shared/links';
import { rules } from '../../engine';
import type { Formatter } from './types';

const RULE_IDS = new Set(rules.map((r) => r.id));

export const formatJson: Formatter = (reports) =>
  JSON.stringify(
    reports.map((r) => ({
      file: r.path,
      language: r.language,
      ...(r.error ? { error: r.error } : {}),
      ...(r.fixed ? { fixed: r.fixed } : {}),
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        aliases: f.aliases,
        severity: f.severity,
        category: f.category,
        message: f.message,
        file: r.path,
        line: f.start.line,
        column: f.start.column,
        endLine: f.end.line,
        endColumn: f.end.column,
        fixable: f.fixes.length > 0,
        fixes: f.fixes,
        fingerprint: f.fingerprint,
        ...(RULE_IDS.has(f.ruleId) ? { docs: ruleDocsUrl(f.ruleId) } : {}),
      })),
    })),
    null,
    2,
  ) + '\n';
