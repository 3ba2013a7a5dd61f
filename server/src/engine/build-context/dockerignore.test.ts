import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPath, isExcluded, parseDockerignore } from './dockerignore';

const excluded = (ignore: string, path: string) => isExcluded(parseDockerignore(ignore), path);

describe('.dockerignore matching', () => {
  it('excludes a path when it or a parent directory matches', () => {
    assert.ok(excluded('node_modules', 'node_modules'));
    assert.ok(excluded('node_modules', 'node_modules/pkg/index.js'));
    assert.ok(!excluded('node_modules', 'src/node_modules/pkg'), 'a plain name matches from the context root only');
    assert.ok(excluded('/secrets/', 'secrets/key.pem'), 'a leading / and a trailing / are cleaned away');
    assert.ok(excluded('./build//out/', 'build/out/app'));
  });

  it('keeps * and ? within one segment; ** spans any number of them', () => {
    assert.ok(excluded('*.log', 'debug.log'));
    assert.ok(!excluded('*.log', 'logs/debug.log'));
    assert.ok(excluded('*/*.log', 'logs/debug.log'));
    assert.ok(excluded('**/*.log', 'debug.log'));
    assert.ok(excluded('**/*.log', 'a/b/c/debug.log'));
    assert.ok(excluded('docs/**', 'docs/a/b.md'));
    assert.ok(excluded('a/**/z', 'a/z') && excluded('a/**/z', 'a/b/c/z'));
    assert.ok(excluded('file?.txt', 'file1.txt') && !excluded('file?.txt', 'file10.txt'));
    assert.ok(excluded('[a-c].md', 'b.md') && !excluded('[a-c].md', 'd.md'));
    assert.ok(excluded('\\*.md', '*.md') && !excluded('\\*.md', 'x.md'));
    assert.ok(!excluded('a.b', 'axb'), 'a dot is literal');
  });

  it('lets the last matching pattern win, with ! exceptions', () => {
    assert.ok(!excluded('*.md\n!README.md', 'README.md'));
    assert.ok(excluded('*.md\n!README.md', 'CHANGELOG.md'));
    assert.ok(excluded('*.md\n!README.md\nREADME*', 'README.md'));
    assert.ok(!excluded('docs\n!docs/keep.md', 'docs/keep.md'));
  });

  it('skips comments and blank lines, trims blanks, drops a BOM; a bad class matches nothing', () => {
    const patterns = parseDockerignore('\uFEFF# comment\n\n  .env  \n!  .env.example\n[z-a\n');
    assert.deepEqual(patterns.map((p) => [p.pattern, p.exception, !!p.regex]), [['.env', false, true], ['.env.example', true, true], ['[z-a', false, false]]);
  });

  it('cleans paths like Go', () => {
    assert.deepEqual(['a//b/', './a/./b', 'a/../../b', '/../a', '', '.'].map(cleanPath), ['a/b', 'a/b', '../b', '/a', '.', '.']);
  });
});
