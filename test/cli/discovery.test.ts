/** Which files the CLI lints: names, globs, .gitignore files, --exclude, stdin and config lookup from each file. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseJson, project, repo, shipshape } from './helpers';

const DOCKERFILE = 'FROM alpine:3.20\nUSER 10001\nCMD sh\n';
const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n';

/** The files a run linted, with their language, `/`-separated and sorted. */
function linted(args: string[], cwd: string, input?: string): string[] {
  const { stdout, stderr, code } = shipshape(['-f', 'json', '--fail-level', 'none', ...args], cwd, { input });
  assert.equal(code, 0, stderr);
  return parseJson(stdout)
    .map((f) => `${f.file.split('\\').join('/')} ${(f as unknown as { language: string }).language}`)
    .sort();
}

describe('discovery', () => {
  it('finds Dockerfiles and Compose files by name', () => {
    const dir = project({
      Dockerfile: DOCKERFILE,
      Containerfile: DOCKERFILE,
      'a/api.dockerfile': DOCKERFILE,
      'a/Dockerfile.prod': DOCKERFILE,
      'a/Containerfile.dev': DOCKERFILE,
      'compose.yaml': COMPOSE,
      'b/docker-compose.override.yml': COMPOSE,
      'b/compose.prod.yml': COMPOSE,
      'b/other.yaml': COMPOSE,
      'README.md': 'FROM x',
      'node_modules/x/Dockerfile': DOCKERFILE,
    });
    assert.deepEqual(linted([], dir), [
      'Containerfile dockerfile',
      'Dockerfile dockerfile',
      'a/Containerfile.dev dockerfile',
      'a/Dockerfile.prod dockerfile',
      'a/api.dockerfile dockerfile',
      'b/compose.prod.yml compose',
      'b/docker-compose.override.yml compose',
      'compose.yaml compose',
    ]);
  });

  it('lints odd names through --dockerfile-glob and --compose-glob', () => {
    const dir = project({ 'ops/build.df': DOCKERFILE, 'ops/stack.yml': COMPOSE, 'ops/notes.txt': 'x', 'deep/er/x.df': DOCKERFILE });
    assert.deepEqual(linted(['--dockerfile-glob', '*.df', '--compose-glob', 'ops/stack.yml'], dir), ['deep/er/x.df dockerfile', 'ops/build.df dockerfile', 'ops/stack.yml compose']);
  });

  it('takes globs (anchored where they are written, as a shell would) and lints what they match', () => {
    const dir = project({ 'svc/a/Dockerfile': DOCKERFILE, 'svc/b/Dockerfile.dev': DOCKERFILE, 'svc/b/compose.yaml': COMPOSE, 'other/Dockerfile': DOCKERFILE, 'svc/c/build.df': DOCKERFILE });
    assert.deepEqual(linted(['svc/**/Dockerfile*'], dir), ['svc/a/Dockerfile dockerfile', 'svc/b/Dockerfile.dev dockerfile']);
    assert.deepEqual(linted(['svc/*/build.df', 'other'], dir), ['other/Dockerfile dockerfile', 'svc/c/build.df dockerfile']);
    assert.deepEqual(linted(['*.nothing'], dir), []);
  });

  it('skips what nested .gitignore files ignore, with git precedence (a deeper ! re-includes)', () => {
    const dir = repo({
      '.gitignore': 'build/\n*.generated.dockerfile\n',
      'build/Dockerfile': DOCKERFILE,
      'app/Dockerfile': DOCKERFILE,
      'app/x.generated.dockerfile': DOCKERFILE,
      'app/keep/.gitignore': '!*.generated.dockerfile\nDockerfile\n',
      'app/keep/y.generated.dockerfile': DOCKERFILE,
      'app/keep/Dockerfile': DOCKERFILE,
      '.git/info/exclude': 'local/\n',
      'local/Dockerfile': DOCKERFILE,
    });
    assert.deepEqual(linted([], dir), ['app/Dockerfile dockerfile', 'app/keep/y.generated.dockerfile dockerfile']);
    assert.deepEqual(linted(['app'], dir), ['app/Dockerfile dockerfile', 'app/keep/y.generated.dockerfile dockerfile'], "a parent's .gitignore applies below it");
    assert.equal(linted(['--no-gitignore'], dir).length, 6);
  });

  it('skips --exclude patterns (gitignore syntax), but always lints a file named explicitly', () => {
    const dir = repo({ '.gitignore': 'ignored/\n', 'vendor/x/Dockerfile': DOCKERFILE, 'app/Dockerfile': DOCKERFILE, 'app/test/Dockerfile': DOCKERFILE, 'ignored/Dockerfile': DOCKERFILE });
    assert.deepEqual(linted(['--exclude', 'vendor/', '--exclude', 'test'], dir), ['app/Dockerfile dockerfile']);
    assert.deepEqual(linted(['ignored/Dockerfile', 'vendor/x/Dockerfile', '--exclude', 'vendor'], dir), ['ignored/Dockerfile dockerfile', 'vendor/x/Dockerfile dockerfile']);
  });

  it('lints a YAML file named explicitly as Compose when it has a top-level services: key, says so, and skips other YAML', () => {
    const MANIFEST = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  services: no\n';
    const dir = project({ 'deploy/prod.yaml': COMPOSE, 'deploy/stack.yml': `x-common: &c\n  restart: always\n"services":\n  web:\n    image: nginx:1.27\n`, 'deploy/k8s.yaml': MANIFEST, 'build.df': DOCKERFILE });
    const run = shipshape(['-f', 'json', '--fail-level', 'none', 'deploy/prod.yaml', 'deploy/k8s.yaml', 'build.df'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(parseJson(run.stdout).map((f) => `${f.file} ${(f as unknown as { language: string }).language}`), ['deploy/prod.yaml compose', 'build.df dockerfile']);
    assert.equal(
      run.stderr,
      'shipshape: deploy/prod.yaml: linted as a Compose file (its name is not a Compose name, but it has a top-level services: key)\n' +
        'shipshape: deploy/k8s.yaml: skipped: YAML without a top-level services: key is not a Compose file (--compose-glob lints it anyway)\n',
    );
    // --compose-glob names it a Compose file: no guessing, no note.
    const globbed = shipshape(['-f', 'json', '--fail-level', 'none', '--compose-glob', 'k8s.yaml', 'deploy/k8s.yaml'], dir);
    assert.deepEqual([parseJson(globbed.stdout).map((f) => f.file), globbed.stderr], [['deploy/k8s.yaml'], '']);
    // A glob's YAML files are sorted by content too, with one note for all it skipped.
    const glob = shipshape(['-f', 'json', '--fail-level', 'none', 'deploy/*.y*ml'], dir);
    assert.deepEqual(parseJson(glob.stdout).map((f) => f.file).sort(), ['deploy/prod.yaml', 'deploy/stack.yml']);
    assert.equal(glob.stderr, 'shipshape: deploy/*.y*ml: skipped 1 YAML file without a top-level services: key (not Compose)\n');
    // stdin named like YAML is sorted the same way.
    const stdin = shipshape(['-f', 'json', '--stdin-filename', 'values.yaml'], dir, { input: MANIFEST });
    assert.deepEqual([stdin.code, parseJson(stdin.stdout), stdin.stderr], [0, [], `shipshape: values.yaml: ${'skipped: YAML without a top-level services: key is not a Compose file (--compose-glob lints it anyway)'}\n`]);
  });

  it('reads stdin with -, named by --stdin-filename for its language and its configuration', () => {
    const dir = repo({ 'svc/.shipshape.yaml': 'rules:\n  shell-form-cmd: error\n' });
    assert.deepEqual(linted(['-'], dir, DOCKERFILE), ['<stdin> dockerfile']);
    assert.deepEqual(linted(['--stdin-filename', 'svc/compose.yaml'], dir, COMPOSE), ['svc/compose.yaml compose']);
    const { stdout, code } = shipshape(['-f', 'compact', '--stdin-filename', join('svc', 'Dockerfile'), '-'], dir, { input: DOCKERFILE });
    assert.match(stdout, /^svc\/Dockerfile:3:5: error shell-form-cmd /m, 'the config above the named path applies');
    assert.equal(code, 1);
  });
});
