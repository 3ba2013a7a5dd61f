/** Machine-readable output: one entry per file, positions 1-based like every editor shows them. */
import type { Formatter } from './types';

export const formatJson: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      file: r.path,
      ...(r.error ? { error: r.error } : {}),
      ...(r.fixed ? { fixed: r.fixed } : {}),
      findings: r.findings.map((f) => {
        const start = r.lines.positionAt(f.span.start);
        const end = r.lines.positionAt(f.span.end);
        return {
          ruleId: f.ruleId,
          aliases: f.aliases,
          severity: f.severity,
          message: f.message,
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          fixable: f.fixes.length > 0,
          fixes: f.fixes.map((fix) => ({ title: fix.title, safety: fix.safety, edits: fix.edits })),
        };
      }),
    })),
    null,
    2,
  ) + '\n';
