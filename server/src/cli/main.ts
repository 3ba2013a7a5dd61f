/** The CLI: paths → engine → formatters → exit code. The same rules as the editor, for CI pipelines. */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { mergeLintConfigs } from '../engine';
import { bundledShellParserWasm, initShellParserFromFiles } from '../node/shell-parser';
import { HELP, parseArgs, type LintCommand } from './args';
import { LintCache } from './cache';
import { checkConfigOption } from './config-option';
import { discover, fileClassifier } from './discover';
import { exitCode } from './exit-code';
import { hadolintFlagsLayer } from './hadolint-compat';
import { explain, listRules } from './explain';
import { FORMATTERS } from './formats';
import { lintAll, workerCount, WORKER_MARK } from './lint-pool';
import type { LintSettings, LintTask } from './lint-file';
import { Progress } from './progress';
import type { FileReport } from './report';
import { UsageError } from './usage-error';
import { startLintWorker } from './worker';

declare const SHIPSHAPE_VERSION: string;
const VERSION = typeof SHIPSHAPE_VERSION === 'string' ? SHIPSHAPE_VERSION : 'dev';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  readStdin: () => string;
  /** The script worker threads run: this bundle. */
  workerScript: string;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        io.stdout(HELP + '\n');
        return 0;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'explain':
        io.stdout(explain(command.rules));
        return 0;
      case 'list-rules':
        io.stdout(listRules(command.format));
        return 0;
      case 'lint':
        return await lintCommand(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shipshape: ${error.message}\nRun "shipshape --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

async function lintCommand(options: LintCommand, io: CliIo): Promise<number> {
  // Mistakes in the options first: nothing is read or linted before they are known to be right.
  const configFile = options.configFile !== undefined ? resolve(io.cwd, options.configFile) : undefined;
  if (configFile !== undefined) checkConfigOption(configFile, options.configFile!);
  const overrides = mergeLintConfigs(hadolintFlagsLayer(options.hadolintFlags), { rules: options.ruleOverrides });

  const tasks: LintTask[] = [];
  const notice = (message: string) => io.stderr(`shipshape: ${message}\n`);
  if (options.paths.includes('-')) {
    const name = options.stdinFilename ?? '<stdin>';
    const stdinText = io.readStdin();
    const classified = fileClassifier({ ...options, cwd: io.cwd }).explicit(resolve(io.cwd, name), () => stdinText);
    if ('skipped' in classified) notice(`${name}: ${classified.skipped}`);
    else {
      if (classified.note) notice(`${name}: ${classified.note}`);
      tasks.push({ path: name, language: classified.language, stdinText });
    }
  }
  const files = discover(options.paths, { ...options, cwd: io.cwd, notice });
  const cache = options.cacheLocation !== undefined ? LintCache.load(resolve(io.cwd, options.cacheLocation), VERSION) : undefined;
  tasks.push(...files.map((file) => ({ ...file, cached: cache?.get(file.path) })));

  const settings: LintSettings = {
    fix: options.fix,
    unsafeFixes: options.unsafeFixes,
    overrides,
    hadolintCompat: options.hadolintCompat,
    ...(configFile !== undefined ? { configFile } : {}),
    version: VERSION,
    cache: cache !== undefined,
  };
  const progress = new Progress(tasks.length, options.progress && io.stderrIsTTY ? io.stderr : undefined);
  const results = await lintAll(tasks, settings, {
    // A file the cache probably answers costs about a tenth of linting it: it counts as such when sizing the pool.
    workers: workerCount(tasks.filter((t) => !t.cached).length + Math.ceil(tasks.filter((t) => t.cached).length / 10), options.jobs),
    workerScript: io.workerScript,
    onProgress: (done) => progress.update(done),
  });
  progress.finish();
  if (cache) {
    results.forEach((result, i) => result.cacheEntry && cache.set(tasks[i].path, result.cacheEntry));
    cache.save();
  }
  const reports = results.map((r) => r.report);
  report(reports, options, io);
  return exitCode(reports, options);
}

function report(reports: readonly FileReport[], options: LintCommand, io: CliIo): void {
  const stdinFixed = reports.find((r) => r.fixedText !== undefined);
  if (options.fix === 'dry-run') {
    io.stdout(reports.map((r) => r.diff ?? '').join(''));
    // A file's diff may create files beside it (a missing .dockerignore): count every file a patch touches.
    const changed = reports.reduce((n, r) => n + (r.diff?.match(/^\+\+\+ /gm)?.length ?? 0), 0);
    io.stderr(`shipshape: ${changed === 0 ? 'no fixes to apply' : `fixes would change ${changed} file${changed === 1 ? '' : 's'} (run with --fix to apply)`}\n`);
  } else {
    // With stdin and --fix the fixed text owns stdout (an editor or a pipe reads it back): the report goes to stderr.
    if (stdinFixed) io.stdout(stdinFixed.fixedText!);
    const toStdout = stdinFixed ? io.stderr : io.stdout;
    const color = options.color ?? (!stdinFixed && wantsColor(io));
    for (const output of options.outputs) {
      const context = { color: output.file === undefined && color, version: VERSION, cwd: io.cwd };
      const text = FORMATTERS[output.format](reports, context);
      if (output.file === undefined) toStdout(text);
      else writeOutput(resolve(io.cwd, output.file), text);
    }
  }
  for (const r of reports) if (r.error) io.stderr(`shipshape: ${r.path}: ${r.error}\n`);
  for (const error of new Set(reports.flatMap((r) => r.configErrors ?? []))) io.stderr(`shipshape: ${error}\n`);
  const compat = reports.filter((r) => r.hadolintCompat).length;
  if (options.hadolintCompat === undefined && compat > 0) {
    io.stderr(
      `shipshape: hadolint compatibility for ${compat} file${compat === 1 ? '' : 's'}, as ${options.configFile !== undefined ? "the --config file is hadolint's" : `only a .hadolint.yaml configures ${compat === 1 ? 'it' : 'them'}`}: ` +
        'rules without a hadolint code are off (--no-hadolint-compat runs them all; see docs/migrating-from-hadolint.md)\n',
    );
  }
}

/** On a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR asks for colour anywhere. */
function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}

function writeOutput(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_MARK]) {
  startLintWorker(__dirname);
} else if (require.main === module) {
  // `shipshape … | head`: a closed pipe ends the run quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  // The .wasm files of the shell parser sit beside this bundle in dist/.
  void initShellParserFromFiles(bundledShellParserWasm(__dirname)).then(
    () =>
      run(process.argv.slice(2), {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        stdoutIsTTY: !!process.stdout.isTTY,
        stderrIsTTY: !!process.stderr.isTTY,
        env: process.env,
        cwd: process.cwd(),
        readStdin: () => readFileSync(0, 'utf8'),
        workerScript: __filename,
      }).then(
        (code) => {
          process.exitCode = code;
        },
        (error: unknown) => {
          process.stderr.write(`shipshape: internal error, please report it: ${error instanceof Error ? error.stack : String(error)}\n`);
          process.exitCode = 2;
        },
      ),
    (error: unknown) => {
      process.stderr.write(`shipshape: cannot load the shell parser (${String(error)})\n`);
      process.exitCode = 2;
    },
  );
}
