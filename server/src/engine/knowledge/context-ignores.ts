/**
 * What a `.dockerignore` should leave out of the build context, by ecosystem. An ecosystem is recognised from the base
 * images, the programs the RUN instructions call and the manifests the Dockerfile copies. Build-output folders are
 * listed only when the Dockerfile builds the project itself (then the host's copy is stale weight); otherwise the
 * image may be meant to ship them.
 */
import type { DockerfileModel } from '../parse/dockerfile';
import { commandsOf, programOf } from '../parse/run-commands';
import { copyArgsOf } from '../parse/copy-args';

interface Ecosystem {
  name: string;
  images: RegExp;
  programs: RegExp;
  manifests: RegExp;
  entries: string[];
  /** Folders a build writes, left out only when a RUN calls the program in `builds`. */
  outputs?: { builds: RegExp; entries: string[] }[];
}

const COMMON = ['.git', '**/.env', '**/*.log', '**/.DS_Store', '.idea', '.vscode'];

const ECOSYSTEMS: Ecosystem[] = [
  { name: 'Node.js', images: /(^|\/)(node|bun|deno)$/, programs: /^(npm|npx|yarn|pnpm|node|bun|corepack)$/, manifests: /^package(\*|-lock)?\.json$|^yarn\.lock$|^pnpm-lock\.yaml$/, entries: ['**/node_modules', 'coverage', '.npm'] },
  {
    name: 'Python',
    images: /(^|\/)(python|pypy)$/,
    programs: /^(pip[0-9.]*|python[0-9.]*|poetry|uv|pipenv)$/,
    manifests: /^requirements.*\.txt$|^pyproject\.toml$|^Pipfile/,
    entries: ['**/__pycache__', '**/*.py[cod]', '.venv', 'venv', '.pytest_cache', '.mypy_cache', '.tox', '*.egg-info'],
  },
  { name: 'Go', images: /(^|\/)golang$/, programs: /^go$/, manifests: /^go\.(mod|sum)$/, entries: [] },
  { name: 'Rust', images: /(^|\/)rust$/, programs: /^cargo$/, manifests: /^Cargo\.(toml|lock)$/, entries: [], outputs: [{ builds: /^cargo$/, entries: ['target'] }] },
  {
    name: 'Java',
    images: /(^|\/)(maven|gradle|openjdk|eclipse-temurin|amazoncorretto)$/,
    programs: /^(mvnw?|gradlew?|java)$/,
    manifests: /^pom\.xml$|^build\.gradle|^settings\.gradle/,
    entries: ['.gradle'],
    outputs: [
      { builds: /^mvnw?$/, entries: ['target'] },
      { builds: /^gradlew?$/, entries: ['build'] },
    ],
  },
  { name: 'Ruby', images: /(^|\/)ruby$/, programs: /^(bundle|bundler|gem|rails|rake)$/, manifests: /^Gemfile/, entries: ['.bundle', 'vendor/bundle', 'log', 'tmp'] },
  { name: 'PHP', images: /(^|\/)(php|composer)$/, programs: /^(composer|php)$/, manifests: /^composer\.(json|lock)$/, entries: [], outputs: [{ builds: /^composer$/, entries: ['vendor'] }] },
  { name: '.NET', images: /(^|\/)dotnet\/(sdk|aspnet|runtime)$/, programs: /^dotnet$/, manifests: /\.(cs|fs|vb)proj$|\.sln$/, entries: [], outputs: [{ builds: /^dotnet$/, entries: ['**/bin', '**/obj'] }] },
];

export interface ContextIgnores {
  /** Ecosystems recognised, for the fix title. */
  ecosystems: string[];
  /** Patterns, common ones first. */
  entries: string[];
}

export function suggestedIgnores(dockerfile: DockerfileModel): ContextIgnores {
  const images = dockerfile.stages.flatMap((s) => (s.image ? [s.image.name.toLowerCase().replace(/^library\//, '')] : []));
  const programs = new Set<string>();
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword !== 'RUN') continue;
    for (const command of commandsOf(instruction, dockerfile.text, dockerfile.escapeChar).commands) {
      const program = programOf(command);
      if (program) programs.add(program.name);
    }
  }
  const copied = dockerfile.instructions.flatMap((i) => copyArgsOf(i, dockerfile.text)?.sources.map((s) => s.value.replace(/^.*\//, '')) ?? []);
  const ecosystems: string[] = [];
  const entries = [...COMMON];
  for (const e of ECOSYSTEMS) {
    const seen = images.some((i) => e.images.test(i)) || [...programs].some((p) => e.programs.test(p)) || copied.some((f) => e.manifests.test(f));
    if (!seen) continue;
    ecosystems.push(e.name);
    entries.push(...e.entries);
    for (const output of e.outputs ?? []) if ([...programs].some((p) => output.builds.test(p))) entries.push(...output.entries);
  }
  return { ecosystems, entries: [...new Set(entries)] };
}
