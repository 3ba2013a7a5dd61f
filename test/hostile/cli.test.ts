/** Hostile input through the bundled CLI: a clear error per bad file, and the other files are still linted. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { binaryBytes, compactMappingChain, invalidUtf8Bytes, longContinuation, tenMegabyteDockerfile, yamlAliasBomb } from './inputs';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

describe('hostile input (CLI)', () => {
  it('reports each unreadable or unanalysable file clearly and still lints the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-hostile-'));
    const files: Record<string, string | Buffer> = {
      'big/Dockerfile': tenMegabyteDockerfile(),
      'binary/Dockerfile': binaryBytes(),
      'latin1/Dockerfile': invalidUtf8Bytes(),
      'continuation/Dockerfile': longContinuation(),
      'bomb/compose.yaml': yamlAliasBomb(),
      'overflow/compose.yaml': compactMappingChain(),
      'ok/Dockerfile': 'FROM alpine:3.20\nUSER app\nCMD sh -c "exec app"\n',
    };
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - started;
    assert.equal(result.status, 1, result.stderr);
    assert.ok(ms < 30_000, `${ms.toFixed(0)} ms`);
    assert.match(result.stderr, /^shipshape: big\/Dockerfile: File too large to analyse \(10\.0 MB; Shipshape analyses files up to 2\.0 MB\)\.$/m);
    assert.match(result.stderr, /^shipshape: binary\/Dockerfile: not a text file \(it is not valid UTF-8\)$/m);
    assert.match(result.stderr, /^shipshape: latin1\/Dockerfile: not a text file \(it is not valid UTF-8\)$/m);
    assert.match(result.stderr, /^shipshape: continuation\/Dockerfile: File too large to analyse: the instruction on line 2 runs over 100002 lines/m);
    assert.match(result.stderr, /^shipshape: overflow\/compose\.yaml: File too complex to analyse: line 2 nests 5001 keys/m);
    const linted = JSON.parse(result.stdout) as { file: string; findings: { ruleId: string }[] }[];
    assert.ok(linted.find((f) => f.file === 'ok/Dockerfile')?.findings.some((f) => f.ruleId === 'shell-form-cmd'), 'the good file is linted');
    assert.ok(!linted.find((f) => f.file === 'bomb/compose.yaml')?.findings.some((f) => f.ruleId === 'internal-error'), 'the alias bomb is linted without a crash');
  });

  it('refuses a file far over the limit without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-hostile-'));
    writeFileSync(join(dir, 'Dockerfile'), Buffer.alloc(7 * 1024 * 1024, 'a'));
    const result = spawnSync(process.execPath, [CLI, 'Dockerfile'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^shipshape: Dockerfile: File too large to analyse \(7\.0 MB; Shipshape analyses files up to 2\.0 MB\)\.$/m);
  });
});
