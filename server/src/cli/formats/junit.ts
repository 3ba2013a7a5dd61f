/**
 * JUnit XML for CI servers that chart test results (Jenkins, GitLab's test report, Azure Pipelines): a test suite per
 * file, a failing test case per finding, one passing case for a clean file (so every linted file is counted) and an
 * `<error>` case for a file that could not be read.
 */
import { ruleDocsUrl } from '../../../../shared/links';
import { displayRuleId } from '../report';
import type { Formatter } from './types';
import { xml, xmlText } from './xml';

export const formatJunit: Formatter = (reports) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of reports) {
    const cases: string[] = [];
    if (r.error) cases.push(`    <testcase classname="${xml(r.path)}" name="read ${xml(r.path)}">\n      <error message="${xml(r.error)}"/>\n    </testcase>`);
    for (const f of r.findings) {
      const rule = displayRuleId(f, r.hadolintCompat);
      const detail = `${r.path}:${f.start.line}:${f.start.column}: ${f.severity} ${rule}\n${f.message}\n${ruleDocsUrl(f.ruleId)}`;
      cases.push(
        `    <testcase classname="${xml(r.path)}" name="${xml(`${rule} at ${f.start.line}:${f.start.column}`)}">\n` +
          `      <failure type="${f.severity}" message="${xml(f.message)}">${xmlText(detail)}</failure>\n    </testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(r.path)}" name="shipshape"/>`);
    const suiteErrors = r.error ? 1 : 0;
    tests += cases.length;
    failures += r.findings.length;
    errors += suiteErrors;
    suites.push(`  <testsuite name="${xml(r.path)}" tests="${cases.length}" failures="${r.findings.length}" errors="${suiteErrors}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="shipshape" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
  ].join('\n') + '\n';
};
