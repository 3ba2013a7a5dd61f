/**
 * Commands that download a project's dependencies, and the manifest files those downloads depend on.
 * Copying only the manifests before such a command keeps its layer cached until the dependencies change.
 */
import type { SimpleCommand } from '../parse/shell-words';
import { programOf } from '../parse/run-commands';

export interface DependencyInstall {
  tool: string;
  /** Build-context paths the command needs; a trailing `/` marks a directory, a trailing `*` an optional file. */
  manifests: string[];
  /**
   * `install` only downloads dependencies, so it can run before the sources are copied.
   * `build` compiles the project as well and needs the sources: a separate prefetch step goes first instead.
   */
  kind: 'install' | 'build';
  /** For `build`: a command that downloads the dependencies from the manifests alone. */
  prefetch?: string;
}

const NODE = (lock: string) => ['package.json', lock];

export function dependencyInstallOf(command: SimpleCommand): DependencyInstall | undefined {
  const program = programOf(command);
  if (!program) return undefined;
  let name = program.name;
  let args = command.words.slice(program.argsIndex).map((w) => w.value);
  // `python -m pip …` is pip.
  if (/^python[0-9.]*$/.test(name) && args[0] === '-m' && args[1]) {
    name = args[1];
    args = args.slice(2);
  }
  const positional = args.filter((a) => !a.startsWith('-'));
  const sub = positional[0];
  switch (name) {
    case 'npm':
      if (sub === 'ci' || ((sub === 'install' || sub === 'i') && positional.length === 1)) return { tool: 'npm', manifests: ['package*.json'], kind: 'install' };
      return undefined;
    case 'yarn':
      if (sub === undefined || (sub === 'install' && positional.length === 1)) return { tool: 'yarn', manifests: NODE('yarn.lock*'), kind: 'install' };
      return undefined;
    case 'pnpm':
      if ((sub === 'install' || sub === 'i') && positional.length === 1) return { tool: 'pnpm', manifests: NODE('pnpm-lock.yaml*'), kind: 'install' };
      return undefined;
    case 'pip':
    case 'pip3': {
      if (sub !== 'install') return undefined;
      const files = requirementFiles(args);
      // Only a requirements-file install is separable; `pip install .` installs the project itself.
      if (files.length === 0 || positional.length > 1 + files.length) return undefined;
      return { tool: 'pip', manifests: files.map(manifestPath), kind: 'install' };
    }
    case 'uv':
      if (sub === 'sync') return { tool: 'uv', manifests: ['pyproject.toml', 'uv.lock*'], kind: 'install' };
      if (sub === 'pip' && positional[1] === 'install') {
        const files = requirementFiles(args);
        return files.length > 0 && positional.length === 2 + files.length ? { tool: 'uv', manifests: files.map(manifestPath), kind: 'install' } : undefined;
      }
      return undefined;
    case 'poetry':
      return sub === 'install' ? { tool: 'poetry', manifests: ['pyproject.toml', 'poetry.lock*'], kind: 'install' } : undefined;
    case 'pipenv':
      return sub === 'install' && positional.length === 1 ? { tool: 'pipenv', manifests: ['Pipfile', 'Pipfile.lock*'], kind: 'install' } : undefined;
    case 'bundle':
    case 'bundler':
      return sub === undefined || sub === 'install' ? { tool: 'bundler', manifests: ['Gemfile', 'Gemfile.lock*'], kind: 'install' } : undefined;
    case 'go':
      return sub === 'mod' && positional[1] === 'download' ? { tool: 'go', manifests: ['go.mod', 'go.sum*'], kind: 'install' } : undefined;
    case 'composer':
      return sub === 'install' ? { tool: 'composer', manifests: ['composer.json', 'composer.lock*'], kind: 'install' } : undefined;
    case 'cargo':
      if (sub === 'fetch') return { tool: 'cargo', manifests: ['Cargo.toml', 'Cargo.lock*'], kind: 'install' };
      if (sub === 'build' || sub === 'install') return { tool: 'cargo', manifests: ['Cargo.toml', 'Cargo.lock*'], kind: 'build', prefetch: 'cargo fetch' };
      return undefined;
    case 'mvn':
    case 'mvnw': {
      const wrapper = name === 'mvnw';
      const manifests = wrapper ? ['mvnw', '.mvn/', 'pom.xml'] : ['pom.xml'];
      if (positional.some((g) => /^dependency:(go-offline|resolve)/.test(g))) return { tool: 'maven', manifests, kind: 'install' };
      if (positional.length === 0) return undefined;
      return { tool: 'maven', manifests, kind: 'build', prefetch: `${wrapper ? './mvnw' : 'mvn'} -B dependency:go-offline` };
    }
    case 'gradle':
    case 'gradlew': {
      if (positional.length === 0) return undefined;
      const wrapper = name === 'gradlew';
      const manifests = ['settings.gradle*', 'build.gradle*', 'gradle.properties*'];
      if (positional.length === 1 && positional[0] === 'dependencies') return { tool: 'gradle', manifests, kind: 'install' };
      return {
        tool: 'gradle',
        manifests: wrapper ? ['gradlew', 'gradle/', ...manifests] : manifests,
        kind: 'build',
        prefetch: `${wrapper ? './gradlew' : 'gradle'} dependencies --no-daemon`,
      };
    }
    default:
      return undefined;
  }
}

/** Files named by `-r`/`--requirement`/`-c`/`--constraint`, in either `-r f` or `--requirement=f` form. */
function requirementFiles(args: string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const joined = /^(?:--requirement|--constraint)=(.+)$/.exec(arg) ?? /^-[rc](.+)$/.exec(arg);
    if (joined) files.push(joined[1]);
    else if ((arg === '-r' || arg === '--requirement' || arg === '-c' || arg === '--constraint') && args[i + 1]) files.push(args[++i]);
  }
  return files;
}

/** A requirements file in a subdirectory may include its siblings (`-r base.txt`): copy the whole directory. */
function manifestPath(file: string): string {
  const clean = file.replace(/^\.\//, '');
  const slash = clean.lastIndexOf('/');
  return slash > 0 ? clean.slice(0, slash + 1) : clean;
}
