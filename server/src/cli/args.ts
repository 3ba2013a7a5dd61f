/** Command-line arguments. Usage errors throw `UsageError` (exit code 2). */
export type FailLevel = 'error' | 'warning' | 'info' | 'hint' | 'none';
export type FormatName = 'stylish' | 'json';

export interface CliOptions {
  paths: string[];
  format: FormatName;
  fix: boolean;
  unsafeFixes: boolean;
  failLevel: FailLevel;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: shipshape [options] [paths...]

Lints Dockerfiles (Dockerfile, Containerfile, *.dockerfile, Dockerfile.*) found in the given files and
directories (default: the current directory), skipping node_modules and .git.

Options:
  -f, --format <name>     stylish (default) or json
      --fix               apply safe fixes to the files, then report what remains
      --unsafe-fixes      with --fix, also apply fixes that may change behaviour
      --fail-level <lvl>  lowest severity that makes the exit code 1: error, warning (default), info, hint, none
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no finding at or above the fail level; 1 findings at or above it (or a file could not be read);
2 usage error.`;

const FAIL_LEVELS: FailLevel[] = ['error', 'warning', 'info', 'hint', 'none'];
const FORMATS: FormatName[] = ['stylish', 'json'];

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { paths: [], format: 'stylish', fix: false, unsafeFixes: false, failLevel: 'warning', help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-f':
      case '--format': {
        const format = value() as FormatName;
        if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
        options.format = format;
        break;
      }
      case '--fix':
        options.fix = true;
        break;
      case '--unsafe-fixes':
        options.unsafeFixes = true;
        break;
      case '--fail-level': {
        const level = value() as FailLevel;
        if (!FAIL_LEVELS.includes(level)) throw new UsageError(`unknown fail level "${level}" (expected ${FAIL_LEVELS.join(', ')})`);
        options.failLevel = level;
        break;
      }
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        options.paths.push(argv[i]);
    }
  }
  if (options.unsafeFixes && !options.fix) throw new UsageError('--unsafe-fixes only makes sense with --fix');
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}
