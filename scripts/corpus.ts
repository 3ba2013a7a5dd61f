/**
 * `npm run corpus`: every Dockerfile rule (off-by-default ones too) over the real Dockerfiles in ../shared/corpus;
 * `npm run corpus -- --compose`: every Compose rule over the real Compose files.
 * Prints findings per rule, fails on a crashed rule or a finding or fix outside its document. Not a test: read the
 * output for false alarms. `--rule <id>` lists that rule's findings with their source line; `--official` keeps only
 * docker-library/* and nodejs/* files. Skips (exit 0) when the corpus is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint, parseDocument, rules, type Finding, type Rule, type Span } from '../server/src/engine';
import { initShellParserFromFiles, installedShellParserWasm } from '../server/src/node/shell-parser';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const language = args.includes('--compose') ? 'compose' : 'dockerfile';
const corpus = join(root, '..', 'shared', 'corpus', language);
const ruleFilter = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const officialOnly = args.includes('--official');

interface Problem {
  file: string;
  detail: string;
}

/** Rules wrapped to see each span before lint() clamps it into the document. */
function watched(text: string, file: string, problems: Problem[]): Rule[] {
  const inside = (span: Span) => Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length;
  return rules
    .filter((rule) => rule.language === language)
    .map((rule) => ({
      ...rule,
      check(context: Parameters<Rule['check']>[0]) {
        const report = context.report;
        (rule.check as (c: typeof context) => void)({
          ...context,
          report(r: { span: Span; fixes?: { edits: { span: Span }[] }[] }) {
            if (!inside(r.span)) problems.push({ file, detail: `${rule.id}: finding at ${JSON.stringify(r.span)} outside the document (${text.length})` });
            for (const edit of (r.fixes ?? []).flatMap((f) => f.edits)) if (!inside(edit.span)) problems.push({ file, detail: `${rule.id}: fix edit at ${JSON.stringify(edit.span)} outside the document` });
            (report as (x: unknown) => void)(r);
          },
        } as typeof context);
      },
    })) as Rule[];
}

async function main(): Promise<number> {
  if (!existsSync(corpus)) {
    console.log(`corpus skipped: ${corpus} not found (it lives beside the repository in ../shared/corpus)`);
    return 0;
  }
  const started = performance.now();
  await initShellParserFromFiles(installedShellParserWasm(join(root, 'node_modules')));
  const initMs = performance.now() - started;

  const files = readdirSync(corpus)
    .filter((f) => (!officialOnly || /^(docker-library|nodejs)__/.test(f)) && (language === 'dockerfile' || /\.ya?ml$/.test(f)))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpus, name), 'utf8') }));
  const config = { rules: Object.fromEntries(rules.map((r) => [r.id, r.severity])) };
  const perRule = new Map<string, { findings: number; files: Set<string>; fixable: number }>();
  const problems: Problem[] = [];
  const listed: string[] = [];
  let bytes = 0;
  let lintMs = 0;
  for (const { name, text } of files) {
    bytes += Buffer.byteLength(text);
    let findings: Finding[];
    const t0 = performance.now();
    try {
      // Corpus files are named `owner__repo__path__file`: the last part is the file's own name.
      findings = lint(parseDocument(text, language), { config, rules: watched(text, name, problems), project: { fileName: name.split('__').pop() } });
    } catch (error) {
      problems.push({ file: name, detail: `lint threw: ${error instanceof Error ? error.stack : String(error)}` });
      continue;
    }
    lintMs += performance.now() - t0;
    const lines = text.split('\n');
    for (const finding of findings) {
      if (finding.ruleId === 'internal-error') problems.push({ file: name, detail: finding.message });
      const entry = perRule.get(finding.ruleId) ?? { findings: 0, files: new Set<string>(), fixable: 0 };
      entry.findings++;
      entry.files.add(name);
      if (finding.fixes.length > 0) entry.fixable++;
      perRule.set(finding.ruleId, entry);
      if (finding.ruleId === ruleFilter) {
        const position = lineAndColumn(text, finding.span.start);
        listed.push(`${name}:${position.line}:${position.column}  ${finding.message}\n    ${lines[position.line - 1].trim().slice(0, 160)}`);
      }
    }
  }

  const rows = rules
    .filter((r) => r.language === language)
    .map((r) => ({ rule: r, stats: perRule.get(r.id) }))
    .sort((a, b) => (b.stats?.findings ?? 0) - (a.stats?.findings ?? 0) || a.rule.id.localeCompare(b.rule.id));
  const width = Math.max(...rows.map((r) => r.rule.id.length));
  console.log(`${'rule'.padEnd(width)}  ${'aliases'.padEnd(24)}  findings  files  fixable`);
  for (const { rule, stats } of rows) {
    console.log(`${rule.id.padEnd(width)}  ${rule.aliases.join(',').slice(0, 24).padEnd(24)}  ${String(stats?.findings ?? 0).padStart(8)}  ${String(stats?.files.size ?? 0).padStart(5)}  ${String(stats?.fixable ?? 0).padStart(7)}`);
  }
  const total = [...perRule.values()].reduce((sum, s) => sum + s.findings, 0);
  console.log(`\n${files.length} files, ${(bytes / 1024).toFixed(0)} KiB, ${total} findings; shell parser start-up ${initMs.toFixed(0)} ms; parse + lint ${lintMs.toFixed(0)} ms (${(bytes / 1048576 / (lintMs / 1000)).toFixed(2)} MB/s, first pass, cold)`);
  if (listed.length > 0) console.log(`\n${ruleFilter}:\n${listed.join('\n')}`);
  for (const p of problems) console.error(`PROBLEM ${p.file}: ${p.detail}`);
  return problems.length > 0 ? 1 : 0;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

main().then((code) => process.exit(code));
