/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff
 * (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`). GitHub takes columns only for a
 * single-line range, so a finding that spans lines gives lines alone. Values are escaped as the runner expects.
 */
import type { Severity } from '../../engine';
import { displayRuleId, posixPath } from '../report';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export const formatGithub: Formatter = (reports) => {
  const out: string[] = [];
  for (const r of reports) {
    const file = posixPath(r.path);
    if (r.error) out.push(`::error file=${property(file)},title=shipshape::${data(r.error)}`);
    for (const f of r.findings) {
      const range =
        f.start.line === f.end.line
          ? `line=${f.start.line},col=${f.start.column},endLine=${f.end.line},endColumn=${f.end.column}`
          : `line=${f.start.line},endLine=${f.end.line}`;
      out.push(`::${COMMAND[f.severity]} file=${property(file)},${range},title=${property(displayRuleId(f, r.hadolintCompat))}::${data(f.message)}`);
    }
  }
  return out.map((line) => line + '\n').join('');
};

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
