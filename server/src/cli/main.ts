/** The CLI: paths → engine → formatter → exit code. The same rules as the editor, for CI pipelines. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixAll, lint, parseDocument, severityRank, LineIndex, type Language } from '../engine';
import { HELP, parseArgs, UsageError, type CliOptions } from './args';
import { discover } from './discover';
import { formatJson } from './formats/json';
import { formatStylish } from './formats/stylish';
import type { FileResult, Formatter } from './formats/types';

declare const SHIPSHAPE_VERSION: string;

const FORMATTERS: Record<CliOptions['format'], Formatter> = { stylish: formatStylish, json: formatJson };

export function run(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; isTTY: boolean; env: NodeJS.ProcessEnv }): number {
  let options: CliOptions;
  let files: { path: string; language: Language }[];
  try {
    options = parseArgs(argv);
    if (options.help) {
      io.stdout(HELP + '\n');
      return 0;
    }
    if (options.version) {
      io.stdout(`${typeof SHIPSHAPE_VERSION === 'string' ? SHIPSHAPE_VERSION : 'dev'}\n`);
      return 0;
    }
    files = discover(options.paths);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shipshape: ${error.message}\nRun "shipshape --help" for usage.\n`);
      return 2;
    }
    throw error;
  }

  const results = files.map((file) => lintFile(file.path, file.language, options));
  io.stdout(FORMATTERS[options.format](results, { color: io.isTTY && !io.env.NO_COLOR }));

  for (const r of results) if (r.error) io.stderr(`shipshape: ${r.path}: ${r.error}\n`);
  if (results.some((r) => r.error)) return 1;
  if (options.failLevel === 'none') return 0;
  const threshold = severityRank[options.failLevel];
  return results.some((r) => r.findings.some((f) => severityRank[f.severity] >= threshold)) ? 1 : 0;
}

function lintFile(path: string, language: Language, options: CliOptions): FileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, lines: new LineIndex(''), findings: [], error: `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const lintText = (t: string) => lint(parseDocument(t, language));
  let fixed = 0;
  if (options.fix) {
    const result = fixAll(text, lintText, { allowUnsafe: options.unsafeFixes });
    if (result.text !== text) {
      writeFileSync(path, result.text);
      text = result.text;
      fixed = result.applied.length;
    }
  }
  const parsed = parseDocument(text, language);
  return { path, lines: parsed.lines, findings: lint(parsed), fixed };
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
  });
}
