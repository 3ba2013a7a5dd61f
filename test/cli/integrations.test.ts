/** The files other tools read: the pre-commit hooks and the hadolint migration guide. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { languageOfFileName, rules } from '../../server/src/engine';
import { BUILDKIT_CHECKS } from '../../server/src/engine/knowledge/upstream-rules';
import { HADOLINT_CODES } from '../../server/src/cli/hadolint-codes';
import { updateMigrationGuide } from '../../server/src/cli/migration-guide';
import { REPO_ROOT } from './helpers';

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; name: string; entry: string; language: string; files: string; types: string[] }[];

  it('defines the lint and fix hooks with the keys pre-commit requires, run through the package bin', () => {
    assert.deepEqual(hooks.map((h) => [h.id, h.entry, h.language]), [
      ['shipshape', 'shipshape', 'node'],
      ['shipshape-fix', 'shipshape --fix', 'node'],
    ]);
    for (const hook of hooks) {
      assert.ok(typeof hook.name === 'string' && hook.name.length > 0, `${hook.id}: name`);
      assert.deepEqual(hook.types, ['text'], `${hook.id}: types`);
    }
    // pre-commit installs a node hook with `npm install`, `npm pack` and a global install of the tarball: the bin
    // must exist in the tarball, so packing builds it.
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.bin.shipshape, './dist/cli.js');
    assert.match(pkg.scripts.prepack, /scripts\/build\.mjs/);
    assert.match(readFileSync(join(REPO_ROOT, 'dist', 'cli.js'), 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node\n/);
  });

  it('selects the files the CLI finds by name (pre-commit matches `files` with re.search)', () => {
    const names = [
      'Dockerfile', 'svc/Dockerfile', 'dockerfile', 'Containerfile', 'Dockerfile.prod', 'a/Containerfile.dev', 'api.dockerfile', 'x/y.containerfile',
      'compose.yaml', 'compose.yml', 'deploy/compose.prod.yaml', 'docker-compose.yml', 'docker-compose.override.yaml', 'compose-dev.yml',
      'README.md', 'Dockerfiles/README.md', 'mycompose.yaml', 'compose.json', 'src/dockerfile.go', 'values.yaml',
    ];
    for (const hook of hooks) {
      const files = new RegExp(hook.files);
      for (const name of names) assert.equal(files.test(name), languageOfFileName(name) !== undefined, `${hook.id}: ${name}`);
    }
  });
});

describe('docs/migrating-from-hadolint.md', () => {
  const path = join(REPO_ROOT, 'docs', 'migrating-from-hadolint.md');
  const guide = readFileSync(path, 'utf8');

  it('maps every hadolint code and every BuildKit check to a rule or says why there is none', () => {
    for (const code of HADOLINT_CODES) assert.match(guide, new RegExp(`^\\| ${code} \\| \\S`, 'm'), code);
    for (const name of BUILDKIT_CHECKS) assert.match(guide, new RegExp(`^\\| \`${name}\` \\| \\S`, 'm'), name);
    assert.ok(HADOLINT_CODES.includes('DL3008') && HADOLINT_CODES.includes('DL4006') && HADOLINT_CODES.length >= 85);
  });

  it('lists every hadolint code our rules carry, and is up to date with them (npm run generate)', () => {
    const aliases = rules.flatMap((r) => r.aliases.filter((a) => /^DL\d{4}$/.test(a)));
    for (const alias of aliases) assert.ok(HADOLINT_CODES.includes(alias), alias);
    assert.equal(updateMigrationGuide(guide, rules), guide, 'stale: run npm run generate');
  });
});
