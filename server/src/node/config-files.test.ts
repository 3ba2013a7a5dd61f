/** Config discovery and the build context's ignore file, on real directories. */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfigFor, loadDockerignoreFor } from './config-files';

const roots: string[] = [];
function tree(files: Record<string, string>, dirs: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-config-files-'));
  roots.push(root);
  for (const dir of dirs) mkdirSync(join(root, dir), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('loadConfigFor', () => {
  it('takes the nearest file of each kind, .shipshape.yaml over .hadolint.yaml, and stops at the repository root', () => {
    const root = tree(
      {
        '.shipshape.yaml': 'rules:\n  root-final-stage: off\n',
        'repo/.hadolint.yml': 'ignored: [DL3025]\noverride:\n  info: [DL3002]\n',
        'repo/svc/.shipshape.yml': 'rules:\n  shell-form-cmd: error\n',
        'repo/svc/api/Dockerfile': 'FROM alpine\n',
      },
      ['repo/.git'],
    );
    const loaded = loadConfigFor(join(root, 'repo/svc/api/Dockerfile'));
    assert.deepEqual(loaded.sources, [join(root, 'repo/.hadolint.yml'), join(root, 'repo/svc/.shipshape.yml')]);
    assert.deepEqual(loaded.config.rules, { 'shell-form-cmd': { severity: 'error' }, 'root-final-stage': { severity: 'info' } });
    assert.deepEqual(loaded.errors, []);
  });

  it('reads a changed file again (cached by modification time and size) and reports problems with their place', () => {
    const root = tree({ '.shipshape.yaml': 'rules:\n  DL3025: off\n', Dockerfile: 'FROM alpine\n' }, ['.git']);
    assert.deepEqual(loadConfigFor(join(root, 'Dockerfile')).config.rules, { 'shell-form-cmd': { severity: 'off' } });
    writeFileSync(join(root, '.shipshape.yaml'), 'rules:\n  DL3025: loud\n');
    utimesSync(join(root, '.shipshape.yaml'), new Date(), new Date(Date.now() + 5000));
    const loaded = loadConfigFor(join(root, 'Dockerfile'));
    assert.deepEqual(loaded.config.rules, {});
    assert.deepEqual(loaded.errors, [`${join(root, '.shipshape.yaml')}:2:11: rules.DL3025: expected one of error, warning, info, hint, off`]);
  });

  it("passes on .hadolint.yaml's fail level", () => {
    const root = tree({ '.hadolint.yaml': 'failure-threshold: info\n', 'Dockerfile': '' }, ['.git']);
    assert.equal(loadConfigFor(join(root, 'Dockerfile')).failLevel, 'info');
  });
});

describe('loadDockerignoreFor', () => {
  it('prefers <Dockerfile>.dockerignore, then .dockerignore; null when neither exists', () => {
    const root = tree({ '.dockerignore': 'a\n', 'Dockerfile.prod.dockerignore': 'b\n', 'Dockerfile.prod': '', 'Dockerfile': '', 'other/Dockerfile': '' });
    assert.equal(loadDockerignoreFor(join(root, 'Dockerfile.prod')), 'b\n');
    assert.equal(loadDockerignoreFor(join(root, 'Dockerfile')), 'a\n');
    assert.equal(loadDockerignoreFor(join(root, 'other/Dockerfile')), null);
  });

  it('is unknown (undefined) for a file in a directory that does not exist', () => {
    assert.equal(loadDockerignoreFor(join(tmpdir(), 'no-such-directory-for-shipshape', 'Dockerfile')), undefined);
  });
});
