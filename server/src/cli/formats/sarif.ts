/**
 * SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`), Azure DevOps and other SARIF viewers.
 * Rule metadata (summary, why, the whole rule page as Markdown help, the docs link, default level, aliases) sits in
 * `tool.driver.rules` for the rules that have results; regions count UTF-16 code units, end columns exclusive, as
 * SARIF's `utf16CodeUnits` column kind defines them. Paths inside the working directory are relative to `%SRCROOT%`.
 * Fixes go along as SARIF fixes; files that could not be read become tool execution notifications.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPOSITORY_URL, ruleDocsUrl } from '../../../../shared/links';
import { rules, type Rule, type Severity } from '../../engine';
import { ruleDocsPage } from '../../scripts/rule-docs';
import { posixPath, type FileReport, type Position } from '../report';
import type { FormatContext, Formatter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const RULES_BY_ID = new Map(rules.map((r) => [r.id, r]));

/** Findings that are not a rule's: the engine's own reports about a file. */
const ENGINE_RULES: Record<string, { summary: string; level: 'error' | 'warning' }> = {
  'internal-error': { summary: 'A Shipshape rule failed on this file; the other rules still ran.', level: 'error' },
  'file-not-analysed': { summary: 'The file was not analysed (too large, or binary).', level: 'warning' },
};

export const formatSarif: Formatter = (reports, context) => {
  const ruleIds = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const location = (report: FileReport) => artifactLocation(report.path, context);
  const region = (start: Position, end: Position) => ({ startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column });

  const results = reports.flatMap((report) =>
    report.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: location(report), region: region(f.start, f.end) } }],
      partialFingerprints: { 'shipshapeFingerprint/v1': f.fingerprint },
      ...(f.fixes.length
        ? {
            fixes: f.fixes.map((fix) => ({
              description: { text: fix.safety === 'safe' ? fix.title : `${fix.title} (unsafe: may change behaviour)` },
              artifactChanges: [
                { artifactLocation: location(report), replacements: fix.edits.map((e) => ({ deletedRegion: region(e.start, e.end), insertedContent: { text: e.text } })) },
              ],
            })),
          }
        : {}),
      ...(f.aliases.length ? { properties: { aliases: f.aliases } } : {}),
    })),
  );

  const notifications = reports
    .filter((r) => r.error)
    .map((r) => ({ level: 'error', message: { text: r.error }, locations: [{ physicalLocation: { artifactLocation: location(r) } }] }));

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Shipshape',
            semanticVersion: context.version,
            informationUri: REPOSITORY_URL,
            rules: ruleIds.map(ruleDescriptor),
          },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function artifactLocation(path: string, context: FormatContext): { uri: string; uriBaseId?: string } {
  const absolute = resolve(context.cwd, path);
  const rel = relative(context.cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: posixPath(rel).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function ruleDescriptor(id: string) {
  const rule = RULES_BY_ID.get(id);
  if (!rule) {
    const engine = ENGINE_RULES[id] ?? { summary: id, level: 'warning' };
    return { id, shortDescription: { text: engine.summary }, defaultConfiguration: { level: engine.level } };
  }
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: rule.docs.summary },
    fullDescription: { text: rule.docs.why },
    helpUri: ruleDocsUrl(id),
    help: { text: `${rule.docs.summary}\n\n${rule.docs.why}\n\n${ruleDocsUrl(id)}`, markdown: helpMarkdown(rule) },
    defaultConfiguration: { enabled: rule.enabledByDefault !== false, level: LEVEL[rule.severity] },
    properties: {
      tags: [rule.language, rule.category, ...(rule.category === 'security' ? ['security'] : [])].filter((t, i, all) => all.indexOf(t) === i),
      ...(rule.aliases.length ? { aliases: rule.aliases } : {}),
    },
  };
}

/** The rule's page, without the "generated" comment at its top. */
function helpMarkdown(rule: Rule): string {
  return ruleDocsPage(rule).replace(/^<!--.*?-->\n/, '');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
