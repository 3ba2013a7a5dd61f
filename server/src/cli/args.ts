/** Command-line arguments. Usage errors throw `UsageError` (exit code 2). */
import type { FailLevel, SeverityOrOff } from '../engine';
import { FORMAT_NAMES, type FormatName } from './formats';
import type { HadolintFlags } from './hadolint-compat';
import { checkRuleName } from './rule-names';
import { UsageError } from './usage-error';

export type { FailLevel };

export interface OutputTarget {
  format: FormatName;
  /** Written to this file; stdout when absent. */
  file?: string;
}

export type FixMode = 'off' | 'write' | 'dry-run';

export interface LintCommand {
  command: 'lint';
  paths: string[];
  /** `-` among the paths: the text comes from stdin, named `stdinFilename` for config lookup and language. */
  stdinFilename?: string;
  dockerfileGlobs: string[];
  composeGlobs: string[];
  excludes: string[];
  gitignore: boolean;
  outputs: OutputTarget[];
  color: boolean | undefined;
  fix: FixMode;
  unsafeFixes: boolean;
  /** `--rule` / `--ignore`, keyed by the name as written (id or alias). */
  ruleOverrides: Record<string, SeverityOrOff>;
  /** Undefined: automatic (a `.hadolint.yaml` and no `.shipshape.yaml` above the file). */
  hadolintCompat: boolean | undefined;
  /** `--config`: one config file for every file, instead of those found above each. */
  configFile: string | undefined;
  /** hadolint's `--trusted-registry`, `--require-label`, `--strict-labels`, `--disable-ignore-pragma`. */
  hadolintFlags: HadolintFlags;
  /** Undefined: the config file's `failure-threshold`, else `warning` (`info` in hadolint compatibility). */
  failLevel: FailLevel | undefined;
  maxWarnings: number | undefined;
  /** Worker threads; undefined: as many as cores when there are enough files to pay for starting them. */
  jobs: number | undefined;
  cacheLocation: string | undefined;
  progress: boolean;
}

export type CliCommand =
  | LintCommand
  | { command: 'explain'; rules: string[] }
  | { command: 'list-rules'; format: 'text' | 'json' }
  | { command: 'help' }
  | { command: 'version' };

export { UsageError };

export const HELP = `Usage: shipshape [options] [paths...]     lint (default path: .)
       shipshape explain <rule-id|alias>   print a rule's documentation
       shipshape --list-rules [--format json]

Paths are files, directories and globs ('services/**/Dockerfile', quoted); '-' reads stdin. Directories are searched
for Dockerfile, Containerfile, *.dockerfile, Dockerfile.* and Compose files (compose*.yaml, docker-compose*.yml),
skipping what .gitignore files ignore, node_modules and .git.

Discovery:
      --dockerfile-glob <p>   also lint files matching <p> as Dockerfiles (repeatable; .gitignore pattern syntax)
      --compose-glob <p>      also lint files matching <p> as Compose files (repeatable)
      --exclude <p>           skip files and directories matching <p> (repeatable; .gitignore pattern syntax)
      --no-gitignore          do not read .gitignore files
      --stdin-filename <f>    name of the text read from '-' (language, config lookup, reports)
Output:
  -f, --format <name>         stylish (default), json, sarif, github, gitlab, checkstyle, junit, compact (repeatable)
  -o, --output <file>         write the preceding --format to <file> instead of stdout
      --no-color              no colours (also: NO_COLOR set in the environment)
Rules:
      --rule <rule>=<level>   set a rule's severity: error, warning, info, hint or off (repeatable; id or alias)
      --ignore <rule>         turn a rule off (repeatable; id or alias)
  -c, --config <file>         use this config file for every file instead of the ones found above each (as hadolint's
                              -c; a name without "shipshape" is read as a .hadolint.yaml)
      --hadolint-compat       behave like hadolint: only rules with a hadolint code, its default threshold (info),
                              hadolint codes in text reports; automatic where a .hadolint.yaml and no .shipshape.yaml
                              applies (--no-hadolint-compat turns that off)
Fixes:
      --fix                   apply safe fixes to the files, then report what remains
      --fix-dry-run           print the fixes as a unified diff instead of a report; change nothing
      --unsafe-fixes          with --fix or --fix-dry-run, also apply fixes that may change behaviour
Exit code:
      --fail-level <level>    lowest severity that makes the exit code 1: error, warning (default), info, hint, none
      --max-warnings <n>      also exit 1 when there are more than <n> warnings
Speed:
  -j, --jobs <n>              worker threads (default: all cores for large runs; 1: no workers)
      --cache                 skip files unchanged since the last run (content, configuration and version)
      --cache-location <dir>  where the cache lives (default .shipshape-cache; implies --cache)
      --no-progress           no progress bar (it shows on a terminal for long runs)
hadolint's spellings: --failure-threshold <error|warning|info|style|ignore|none>, --no-fail,
--error/--warning/--info/--style <rule>, -f tty, -f gitlab_codeclimate, --trusted-registry <r>,
--require-label <label>:<type>, --strict-labels, --disable-ignore-pragma (as the .hadolint.yaml keys).

Configuration: the nearest .shipshape.yaml and .hadolint.yaml above each file (up to the repository root), or
the --config file, and its # shipshape / # hadolint / # check= comments. Options override both.

Exit codes: 0 nothing at or above the fail level (and no more warnings than --max-warnings);
1 findings at or above it, too many warnings, a file that could not be read, or (--fix-dry-run) fixes to apply;
2 usage error or a problem in a configuration file.

Details: docs/cli.md`;

const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning', 'info', 'hint', 'none'];
const SEVERITIES: readonly SeverityOrOff[] = ['error', 'warning', 'info', 'hint', 'off'];
/** hadolint's `--failure-threshold` values. */
const HADOLINT_THRESHOLDS: Record<string, FailLevel> = { error: 'error', warning: 'warning', info: 'info', style: 'hint', ignore: 'none', none: 'none' };
/** hadolint's `--format` names for our formats. */
const FORMAT_ALIASES: Record<string, FormatName> = { tty: 'stylish', gitlab_codeclimate: 'gitlab' };

export function parseArgs(argv: string[]): CliCommand {
  if (argv[0] === 'explain') {
    if (argv.length < 2) throw new UsageError('explain needs a rule id or alias, e.g. "shipshape explain DL3008"');
    return { command: 'explain', rules: argv.slice(1) };
  }
  const lint: LintCommand = {
    command: 'lint',
    paths: [],
    dockerfileGlobs: [],
    composeGlobs: [],
    excludes: [],
    gitignore: true,
    outputs: [],
    color: undefined,
    fix: 'off',
    unsafeFixes: false,
    ruleOverrides: {},
    hadolintCompat: undefined,
    configFile: undefined,
    hadolintFlags: {},
    failLevel: undefined,
    maxWarnings: undefined,
    jobs: undefined,
    cacheLocation: undefined,
    progress: true,
  };
  let listRules = false;
  let cache = false;
  let outputSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-f':
      case '--format': {
        const name = value();
        const format = FORMAT_ALIASES[name] ?? (FORMAT_NAMES as readonly string[]).find((f) => f === name);
        if (!format) throw new UsageError(`unknown format "${name}" (expected ${FORMAT_NAMES.join(', ')})`);
        lint.outputs.push({ format: format as FormatName });
        break;
      }
      case '-o':
      case '--output': {
        const target = lint.outputs.at(-1);
        if (!target) throw new UsageError(`${flag} applies to the --format before it: write "--format <name> ${flag} <file>"`);
        if (target.file !== undefined) throw new UsageError(`the --format ${target.format} before ${flag} already has an output file`);
        target.file = value();
        outputSeen = true;
        break;
      }
      case '--no-color':
        lint.color = false;
        break;
      case '--dockerfile-glob':
        lint.dockerfileGlobs.push(value());
        break;
      case '--compose-glob':
        lint.composeGlobs.push(value());
        break;
      case '--exclude':
        lint.excludes.push(value());
        break;
      case '--no-gitignore':
        lint.gitignore = false;
        break;
      case '--stdin-filename':
        lint.stdinFilename = value();
        break;
      case '--rule': {
        const setting = value();
        const at = setting.lastIndexOf('=');
        const name = setting.slice(0, at);
        const severity = setting.slice(at + 1) as SeverityOrOff;
        if (at <= 0 || !SEVERITIES.includes(severity)) throw new UsageError(`--rule expects <rule>=<${SEVERITIES.join('|')}>, got "${setting}"`);
        lint.ruleOverrides[checkRuleName(name, '--rule')] = severity;
        break;
      }
      case '--ignore':
        lint.ruleOverrides[checkRuleName(value(), '--ignore')] = 'off';
        break;
      case '--hadolint-compat':
        lint.hadolintCompat = true;
        break;
      case '--no-hadolint-compat':
        lint.hadolintCompat = false;
        break;
      case '--fix':
        lint.fix = lint.fix === 'dry-run' ? conflict('--fix', '--fix-dry-run') : 'write';
        break;
      case '--fix-dry-run':
        lint.fix = lint.fix === 'write' ? conflict('--fix', '--fix-dry-run') : 'dry-run';
        break;
      case '--unsafe-fixes':
        lint.unsafeFixes = true;
        break;
      case '--fail-level': {
        const level = value() as FailLevel;
        if (!FAIL_LEVELS.includes(level)) throw new UsageError(`unknown fail level "${level}" (expected ${FAIL_LEVELS.join(', ')})`);
        lint.failLevel = level;
        break;
      }
      case '-t':
      case '--failure-threshold': {
        const threshold = value();
        if (!(threshold in HADOLINT_THRESHOLDS)) throw new UsageError(`unknown failure threshold "${threshold}" (expected ${Object.keys(HADOLINT_THRESHOLDS).join(', ')})`);
        lint.failLevel = HADOLINT_THRESHOLDS[threshold];
        break;
      }
      case '--no-fail':
        lint.failLevel = 'none';
        break;
      case '--error':
      case '--warning':
      case '--info':
      case '--style':
        lint.ruleOverrides[checkRuleName(value(), flag)] = flag === '--style' ? 'hint' : (flag.slice(2) as SeverityOrOff);
        break;
      case '-c':
      case '--config':
        if (lint.configFile !== undefined) throw new UsageError(`${flag} can be given once`);
        lint.configFile = value();
        break;
      case '--trusted-registry':
        (lint.hadolintFlags.trustedRegistries ??= []).push(value());
        break;
      case '--require-label': {
        const label = value();
        const at = label.lastIndexOf(':');
        if (at <= 0) throw new UsageError(`--require-label expects <label>:<type>, got "${label}"`);
        (lint.hadolintFlags['label-schema'] ??= {})[label.slice(0, at)] = label.slice(at + 1);
        break;
      }
      case '--strict-labels':
        lint.hadolintFlags['strict-labels'] = true;
        break;
      case '--disable-ignore-pragma':
        lint.hadolintFlags['disable-ignore-pragma'] = true;
        break;
      case '--max-warnings':
        lint.maxWarnings = count(flag, value(), 0);
        break;
      case '-j':
      case '--jobs':
        lint.jobs = count(flag, value(), 1);
        break;
      case '--cache':
        cache = true;
        break;
      case '--cache-location':
        lint.cacheLocation = value();
        break;
      case '--no-progress':
        lint.progress = false;
        break;
      case '--list-rules':
        listRules = true;
        break;
      case '-h':
      case '--help':
        return { command: 'help' };
      case '-v':
      case '--version':
        return { command: 'version' };
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        lint.paths.push(arg);
    }
  }
  if (listRules) {
    const formats = lint.outputs.map((o) => o.format);
    if (formats.some((f) => f !== 'json' && f !== 'stylish') || outputSeen) throw new UsageError('--list-rules prints text, or JSON with --format json, to stdout');
    return { command: 'list-rules', format: formats.includes('json') ? 'json' : 'text' };
  }
  if (cache && lint.cacheLocation === undefined) lint.cacheLocation = '.shipshape-cache';
  if (lint.unsafeFixes && lint.fix === 'off') throw new UsageError('--unsafe-fixes only makes sense with --fix or --fix-dry-run');
  if (lint.fix === 'dry-run' && lint.outputs.length > 0) throw new UsageError('--fix-dry-run prints a diff instead of a report: leave out --format and --output');
  if (lint.outputs.length === 0) lint.outputs.push({ format: 'stylish' });
  const toStdout = lint.outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) throw new UsageError(`only one format can go to stdout (${toStdout.map((o) => o.format).join(', ')}): give the others --output <file>`);
  if (lint.paths.filter((p) => p === '-').length > 1) throw new UsageError('"-" (stdin) can be given once');
  if (lint.stdinFilename !== undefined && !lint.paths.includes('-')) {
    if (lint.paths.length > 0) throw new UsageError('--stdin-filename names the text read from "-", which is missing among the paths');
    lint.paths.push('-');
  }
  if (lint.paths.length === 0) lint.paths.push('.');
  return lint;
}

function conflict(a: string, b: string): never {
  throw new UsageError(`${a} and ${b} cannot be combined`);
}

function count(flag: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min) throw new UsageError(`${flag} expects a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${text}"`);
  return n;
}
