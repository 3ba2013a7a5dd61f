/**
 * The caches and indexes package managers leave on disk: where they live, which commands fill them, which commands
 * empty them, and which `RUN --mount` keeps them out of the image. Paths under `~` assume the root user, as the
 * official images do; a non-root build has its caches elsewhere and simply goes unrecognised.
 */
import type { DockerInstruction } from '../parse/dockerfile';
import type { ShellWord, SimpleCommand } from '../parse/shell-words';
import { programOf } from '../parse/run-commands';
import { resolvePath } from '../text/posix-path';
import { isSubcommand, packageCommandOf, splitArguments } from './package-managers';

export type CacheKind = 'apt-lists' | 'apt-archives' | 'apk' | 'rpm' | 'zypper' | 'pip' | 'npm' | 'yarn' | 'go';

export interface CacheInfo {
  /** Reads after "removes": `the apt package lists`. */
  label: string;
  /** Directories that hold it; removing one of them (or a parent) empties the cache. */
  dirs: readonly string[];
}

export const CACHES: Readonly<Record<CacheKind, CacheInfo>> = {
  'apt-lists': { label: 'the apt package lists', dirs: ['/var/lib/apt/lists'] },
  'apt-archives': { label: "apt's downloaded packages", dirs: ['/var/cache/apt'] },
  apk: { label: 'the apk cache', dirs: ['/var/cache/apk', '/etc/apk/cache'] },
  rpm: { label: 'the yum/dnf cache', dirs: ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'] },
  zypper: { label: 'the zypper cache', dirs: ['/var/cache/zypp'] },
  pip: { label: 'the pip cache', dirs: ['/root/.cache/pip'] },
  npm: { label: 'the npm cache', dirs: ['/root/.npm'] },
  yarn: { label: 'the yarn cache', dirs: ['/usr/local/share/.cache/yarn', '/root/.cache/yarn'] },
  go: { label: 'the Go build and module caches', dirs: ['/root/.cache/go-build', '/go/pkg/mod', '/root/go/pkg/mod'] },
};

const CACHE_KINDS = Object.keys(CACHES) as CacheKind[];

const APT_DOWNLOADS = ['install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download'];
const RPM_DOWNLOADS = [
  'install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'downgrade', 'distro-sync', 'makecache', 'group',
  'module', 'swap', 'update-minimal', 'upgrade-minimal', 'builddep',
];
const ZYPPER_DOWNLOADS = ['install', 'in', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'refresh', 'ref', 'source-install', 'si', 'install-new-recommends', 'inr'];
const NPM_INSTALLS = ['install', 'i', 'in', 'ci', 'add', 'update', 'up', 'isntall'];
const GO_DOWNLOADS = ['build', 'install', 'get', 'test', 'run', 'vet', 'generate'];

export interface CacheContext {
  /** `PIP_NO_CACHE_DIR` is set in the environment: pip keeps no cache. */
  pipCacheDisabled: boolean;
}

/** The caches a command fills. */
export function cachesFilledBy(command: SimpleCommand, context: CacheContext): CacheKind[] {
  const call = packageCommandOf(command);
  if (call) {
    switch (call.tool) {
      case 'apt-get':
      case 'apt':
      case 'aptitude':
        if (isSubcommand(call, 'update')) return ['apt-lists'];
        if (!isSubcommand(call, ...APT_DOWNLOADS)) return [];
        // apt 3 can update the lists as part of an install.
        return call.options.some((o) => o.name === 'update') ? ['apt-lists', 'apt-archives'] : ['apt-archives'];
      case 'apk':
        return isSubcommand(call, 'add', 'update', 'upgrade', 'fix') && !call.options.some((o) => o.name === 'no-cache') ? ['apk'] : [];
      case 'yum':
      case 'dnf':
      case 'microdnf':
        return isSubcommand(call, ...RPM_DOWNLOADS) ? ['rpm'] : [];
      case 'zypper':
        return isSubcommand(call, ...ZYPPER_DOWNLOADS) ? ['zypper'] : [];
    }
  }
  const pip = pipArguments(command);
  if (pip) return pip[0]?.value === 'install' && !context.pipCacheDisabled && !pip.some((w) => w.value === '--no-cache-dir') ? ['pip'] : [];
  const program = programOf(command);
  if (!program) return [];
  const args = command.words.slice(program.argsIndex).map((w) => w.value);
  const sub = args.find((a) => !a.startsWith('-'));
  switch (program.name) {
    case 'npm':
      return sub && NPM_INSTALLS.includes(sub) ? ['npm'] : [];
    case 'yarn':
      return sub === undefined || sub === 'install' || sub === 'add' ? ['yarn'] : [];
    case 'go':
      return (sub && GO_DOWNLOADS.includes(sub)) || (sub === 'mod' && args.includes('download')) ? ['go'] : [];
    default:
      return [];
  }
}

/** The caches a clean-up subcommand empties (`apt-get clean`, `yum clean all`, `npm cache clean`); `rm` is `removedPathsOf`'s business. */
export function cachesCleanedBy(command: SimpleCommand): CacheKind[] {
  const call = packageCommandOf(command);
  if (call) {
    switch (call.tool) {
      case 'apt-get':
      case 'apt':
      case 'aptitude':
        if (isSubcommand(call, 'distclean', 'dist-clean')) return ['apt-archives', 'apt-lists'];
        return isSubcommand(call, 'clean', 'autoclean') ? ['apt-archives'] : [];
      case 'apk':
        return isSubcommand(call, 'cache') && ['clean', 'purge'].includes(call.operands[0]?.value ?? '') ? ['apk'] : [];
      case 'yum':
      case 'dnf':
      case 'microdnf':
        return isSubcommand(call, 'clean') && call.operands.some((o) => ['all', 'packages', 'metadata', 'dbcache'].includes(o.value)) ? ['rpm'] : [];
      case 'zypper':
        return isSubcommand(call, 'clean', 'cc') ? ['zypper'] : [];
    }
  }
  const pip = pipArguments(command);
  if (pip) return pip[0]?.value === 'cache' && ['purge', 'remove'].includes(pip[1]?.value ?? '') ? ['pip'] : [];
  const program = programOf(command);
  if (!program) return [];
  const args = command.words.slice(program.argsIndex).map((w) => w.value);
  if (program.name === 'npm' && args[0] === 'cache' && ['clean', 'clear', 'rm'].includes(args[1] ?? '')) return ['npm'];
  if (program.name === 'yarn' && args[0] === 'cache' && args[1] === 'clean') return ['yarn'];
  if (program.name === 'go' && args[0] === 'clean' && args.some((a) => a === '-cache' || a === '-modcache')) return ['go'];
  return [];
}

/** The words after `pip`, `pip3`, `python3 -m pip`; undefined for any other command. */
export function pipArguments(command: SimpleCommand): ShellWord[] | undefined {
  const program = programOf(command);
  if (!program) return undefined;
  const args = command.words.slice(program.argsIndex);
  if (/^pip[0-9.]*$/.test(program.name)) return args;
  if (/^python[0-9.]*$/.test(program.name) && args[0]?.value === '-m' && args[1]?.value === 'pip') return args.slice(2);
  return undefined;
}

export interface RemovedPath {
  /** Absolute and normalised; a trailing `/*` is dropped (`/var/lib/apt/lists/*` → `/var/lib/apt/lists`); other globs stay. */
  path: string;
  word: ShellWord;
}

/**
 * What an `rm` (or `find <dir> … -delete`) removes. `~` and `$HOME` are read as `/root`; a relative path needs the
 * current directory `cwd`, and is skipped without one. Other variables make a path unknown.
 */
export function removedPathsOf(command: SimpleCommand, cwd: string | undefined): RemovedPath[] {
  const program = programOf(command);
  if (!program) return [];
  const args = command.words.slice(program.argsIndex);
  let targets: ShellWord[];
  if (program.name === 'rm') targets = splitArguments(args, { short: '', long: [] }).positional;
  else if (program.name === 'find' && args.some((w) => w.value === '-delete') && args[0] && !args[0].value.startsWith('-')) targets = [args[0]];
  else return [];
  return targets.flatMap((word) => {
    const path = normalisedPath(word.value, cwd);
    return path ? [{ path, word }] : [];
  });
}

function normalisedPath(value: string, cwd: string | undefined): string | undefined {
  const expanded = value.replace(/^(~|\$HOME|\$\{HOME\})(?=\/|$)/, '/root');
  if (expanded.includes('$') || expanded.includes('`')) return undefined;
  const absolute = expanded.startsWith('/') ? expanded : cwd ? `${cwd}/${expanded}` : undefined;
  if (!absolute) return undefined;
  return resolvePath('/', absolute.replace(/\/+\*?$/, '').replace(/\/\.\*$/, ''));
}

/** `removed` is `dir` or one of its parents (never `/` itself): removing it empties `dir`. */
export function removesWhole(removed: string, dir: string): boolean {
  if (removed === '/' || /[*?[]/.test(removed)) return false;
  return dir === removed || dir.startsWith(`${removed}/`);
}

/** `removed` lies inside `dir`, or is a glob whose fixed part does (`/var/cache/apt/archives/*.deb`). */
function removesPart(removed: string, dir: string): boolean {
  const fixed = removed.replace(/\/[^/]*[*?[].*$/, '');
  return fixed === dir || fixed.startsWith(`${dir}/`);
}

/** The caches a removed path empties (wholly, or in part when `partial`). */
export function cachesRemovedBy(removed: string, partial: boolean): CacheKind[] {
  return CACHE_KINDS.filter((kind) => CACHES[kind].dirs.some((dir) => removesWhole(removed, dir) || (partial && removesPart(removed, dir))));
}

/** The RUN mounts a cache or tmpfs over `dir` (or a parent of it), so nothing written there reaches the layer. */
export function mountCovers(run: DockerInstruction, dir: string): boolean {
  return cacheMountTargets(run, true).some((target) => target !== '/' && (dir === target || dir.startsWith(`${target}/`)));
}

/** Targets of the RUN's `--mount=type=cache` (and `type=tmpfs` when asked) flags, normalised. */
export function cacheMountTargets(run: DockerInstruction, withTmpfs = false): string[] {
  return run.flags.flatMap((flag) => {
    if (flag.name.toLowerCase() !== 'mount') return [];
    const option = (name: string) => flag.options.find((o) => o.name.toLowerCase() === name)?.value ?? undefined;
    const type = option('type');
    if (type !== 'cache' && !(withTmpfs && type === 'tmpfs')) return [];
    const target = option('target') ?? option('dst') ?? option('destination');
    return target?.startsWith('/') ? [resolvePath('/', target)] : [];
  });
}
