/**
 * Where each package manager and build tool keeps the downloads a BuildKit cache mount can keep between builds
 * (`RUN --mount=type=cache,target=…`). Paths assume the root user (what official images run builds as); the image's
 * own layout (`/go` in golang images, `/usr/local/cargo` in rust images) and the stage's `ENV` overrides are honoured.
 */
import type { ShellWord, SimpleCommand } from '../parse/shell-words';
import { programOf } from '../parse/run-commands';
import { isSubcommand, packageCommandOf } from './package-managers';
import { pipArguments } from './package-caches';

export interface CacheMountPlan {
  /** What runs the downloads (`apt-get`, `npm`, `go`). */
  tool: string;
  /** The words from the tool's name to its subcommand, where the finding goes. */
  span: { start: number; end: number };
  targets: string[];
  /** apt must not share its cache between concurrent builds. */
  locked: boolean;
  /** An option that turns the tool's cache off (`--no-cache`, `--no-cache-dir`): the mount is useless while it stays. */
  disablesCache: ShellWord | undefined;
}

export interface ToolEnvironment {
  /** Static `ENV` values of the stage so far. */
  env: ReadonlyMap<string, string>;
  /** The repository name of the image the stage chain starts from (`golang`, `rust`), lower-case. */
  baseImage: string | undefined;
}

const APT_DOWNLOADS = ['update', 'install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download'];
const NPM_INSTALLS = ['install', 'i', 'ci', 'add', 'update'];
const GO_DOWNLOADS = ['build', 'install', 'get', 'test', 'run', 'vet', 'generate'];
const CARGO_DOWNLOADS = ['build', 'install', 'fetch', 'test', 'run', 'check', 'vendor', 'b', 't', 'r', 'c'];

/** The cache mounts that would keep a command's downloads between builds; undefined when it downloads nothing we know. */
export function cacheMountPlanOf(command: SimpleCommand, tools: ToolEnvironment): CacheMountPlan | undefined {
  const { env } = tools;
  const call = packageCommandOf(command);
  if (call) {
    if ((call.tool === 'apt-get' || call.tool === 'apt') && isSubcommand(call, ...APT_DOWNLOADS)) return plan(call.tool, command, ['/var/cache/apt', '/var/lib/apt'], true, call.subcommand);
    if (call.tool === 'apk' && isSubcommand(call, 'add', 'upgrade')) {
      return { ...plan('apk', command, ['/var/cache/apk'], false, call.subcommand), disablesCache: call.options.find((o) => o.name === 'no-cache' && o.word.value === '--no-cache')?.word };
    }
    return undefined;
  }
  const pip = pipArguments(command);
  if (pip) {
    if (pip[0]?.value !== 'install' || env.has('PIP_NO_CACHE_DIR')) return undefined;
    return { ...plan('pip', command, [env.get('PIP_CACHE_DIR') ?? '/root/.cache/pip'], false, pip[0]), disablesCache: pip.find((w) => w.value === '--no-cache-dir') };
  }
  const program = programOf(command);
  if (!program) return undefined;
  const args = command.words.slice(program.argsIndex).map((w) => w.value);
  const sub = args.find((a) => !a.startsWith('-'));
  switch (program.name) {
    case 'npm':
      return sub && NPM_INSTALLS.includes(sub) ? plan('npm', command, [env.get('npm_config_cache') ?? '/root/.npm']) : undefined;
    case 'yarn':
      return sub === undefined || sub === 'install' || sub === 'add' ? plan('yarn', command, [env.get('YARN_CACHE_FOLDER') ?? '/usr/local/share/.cache/yarn']) : undefined;
    case 'pnpm':
      return sub && ['install', 'i', 'add', 'fetch'].includes(sub) ? plan('pnpm', command, [env.get('PNPM_STORE_DIR') ?? '/root/.local/share/pnpm/store']) : undefined;
    case 'go': {
      if (!(sub && GO_DOWNLOADS.includes(sub)) && !(sub === 'mod' && args.includes('download'))) return undefined;
      const gopath = env.get('GOPATH') ?? (tools.baseImage === 'golang' ? '/go' : '/root/go');
      return plan('go', command, [env.get('GOMODCACHE') ?? `${gopath}/pkg/mod`, env.get('GOCACHE') ?? '/root/.cache/go-build']);
    }
    // Their options take values (`mvn -s settings.xml`), so the finding stays on the tool's name.
    case 'mvn':
    case 'mvnw':
      return sub ? plan('maven', command, [env.get('MAVEN_CONFIG') ?? '/root/.m2'], false, command.words[program.argsIndex - 1]) : undefined;
    case 'gradle':
    case 'gradlew':
      return sub ? plan('gradle', command, [env.get('GRADLE_USER_HOME') ?? '/root/.gradle'], false, command.words[program.argsIndex - 1]) : undefined;
    case 'cargo': {
      if (!sub || !CARGO_DOWNLOADS.includes(sub)) return undefined;
      const home = env.get('CARGO_HOME') ?? (tools.baseImage === 'rust' ? '/usr/local/cargo' : '/root/.cargo');
      return plan('cargo', command, [`${home}/registry`, `${home}/git/db`]);
    }
    default:
      return undefined;
  }
}

/** `last` is the subcommand word when the caller knows it; otherwise the first word after the tool that is no option. */
function plan(tool: string, command: SimpleCommand, targets: string[], locked = false, last?: ShellWord): CacheMountPlan {
  const program = programOf(command)!;
  const first = command.words[program.argsIndex - 1];
  const sub = last ?? command.words.slice(program.argsIndex).find((w) => !w.value.startsWith('-'));
  return { tool, span: { start: first.span.start, end: (sub ?? first).span.end }, targets, locked, disablesCache: undefined };
}
