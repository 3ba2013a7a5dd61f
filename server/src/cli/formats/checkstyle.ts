/**
 * Checkstyle XML, which Jenkins (Warnings Next Generation), SonarQube and reviewdog import: a `<file>` per linted
 * file and an `<error>` per finding. Checkstyle knows error, warning and info: a hint is reported as info.
 */
import type { Severity } from '../../engine';
import type { Formatter } from './types';
import { xml } from './xml';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

export const formatCheckstyle: Formatter = (reports) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const r of reports) {
    out.push(`  <file name="${xml(r.path)}">`);
    if (r.error) out.push(`    <error line="1" column="1" severity="error" message="${xml(r.error)}" source="shipshape"/>`);
    for (const f of r.findings) {
      out.push(`    <error line="${f.start.line}" column="${f.start.column}" severity="${SEVERITY[f.severity]}" message="${xml(f.message)}" source="shipshape.${xml(f.ruleId)}"/>`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
};
