/** Worker threads give the same report as one thread; --cache answers unchanged files and notices every change. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Progress } from '../../server/src/cli/progress';
import { repo, shipshape } from './helpers';

const TEMPLATES = [
  (i: number) => `FROM node:${18 + (i % 3)}-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD node server${i}.js\n`,
  (i: number) => `FROM debian:latest\nRUN apt-get update && apt-get install -y curl\nENV TOKEN_${i}=abc\nCMD ["sh"]\n`,
  (i: number) => `FROM golang:1.22 AS build\nRUN go build -o /app${i}\nFROM scratch\nCOPY --from=build /app${i} /app\nUSER 65532\nENTRYPOINT ["/app"]\n`,
  (i: number) => `version: "3"\nservices:\n  s${i}:\n    image: nginx\n    ports:\n      - ${8000 + i}:80\n`,
];

function generated(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`svc${i}/${i % 4 === 3 ? 'compose.yaml' : 'Dockerfile'}`] = TEMPLATES[i % 4](i);
  return files;
}

describe('worker threads', () => {
  it('report exactly what one thread reports, in the same order', () => {
    const dir = repo({ ...generated(40), 'svc7/.shipshape.yaml': 'rules:\n  shell-form-cmd: error\n' });
    symlinkSync(join(dir, 'nowhere'), join(dir, 'broken.dockerfile'));
    const single = shipshape(['-f', 'json', '--jobs', '1'], dir);
    const parallel = shipshape(['-f', 'json', '--jobs', '3'], dir);
    assert.equal(parallel.stdout, single.stdout);
    assert.equal(parallel.stderr, single.stderr);
    assert.equal(parallel.code, single.code);
    assert.ok(JSON.parse(single.stdout).length === 41);
  });
});

describe('--cache', () => {
  const CACHE_FILE = join('.shipshape-cache', 'cache-v1.json');
  /** Marks every cached finding of a file, so a later run shows whether the cache answered. */
  const tamper = (dir: string, file: string, cacheFile = CACHE_FILE) => {
    const cache = JSON.parse(readFileSync(join(dir, cacheFile), 'utf8'));
    const entry = Object.entries(cache.entries).find(([path]) => path.endsWith(file))![1] as { report: { findings: { message: string }[] } };
    for (const finding of entry.report.findings) finding.message = 'FROM THE CACHE';
    writeFileSync(join(dir, cacheFile), JSON.stringify(cache));
  };

  it('answers unchanged files from the cache, and lints again what changed: the file, its config, the .dockerignore', () => {
    const dir = repo(generated(8));
    const first = shipshape(['--cache', '-f', 'compact'], dir);
    assert.ok(existsSync(join(dir, CACHE_FILE)));
    assert.equal(readFileSync(join(dir, '.shipshape-cache', '.gitignore'), 'utf8'), '# Created by shipshape --cache\n*\n');

    tamper(dir, join('svc0', 'Dockerfile'));
    const cached = shipshape(['--cache', '-f', 'compact'], dir);
    assert.match(cached.stdout, /^svc0\/Dockerfile:\d+:\d+: \w+ [\w-]+ FROM THE CACHE$/m, 'the unchanged file came from the cache');
    const withoutSvc0Messages = (out: string) => out.replace(/^(svc0\/Dockerfile:\d+:\d+: \w+ [\w-]+) .*$/gm, '$1');
    assert.equal(withoutSvc0Messages(cached.stdout), withoutSvc0Messages(first.stdout), 'everything else is as before');

    writeFileSync(join(dir, 'svc0', 'Dockerfile'), TEMPLATES[0](0) + '# changed\n');
    assert.doesNotMatch(shipshape(['--cache', '-f', 'compact'], dir).stdout, /FROM THE CACHE/, 'a changed file is linted again');

    tamper(dir, join('svc0', 'Dockerfile'));
    writeFileSync(join(dir, 'svc0', '.shipshape.yaml'), 'rules:\n  shell-form-cmd: error\n');
    assert.doesNotMatch(shipshape(['--cache', '-f', 'compact'], dir).stdout, /FROM THE CACHE/, 'a changed config invalidates');

    tamper(dir, join('svc0', 'Dockerfile'));
    writeFileSync(join(dir, 'svc0', '.dockerignore'), '.git\n');
    const afterIgnore = shipshape(['--cache', '-f', 'compact'], dir).stdout;
    assert.doesNotMatch(afterIgnore, /FROM THE CACHE/, 'a new .dockerignore invalidates');
    assert.doesNotMatch(afterIgnore, /^svc0\/Dockerfile.*missing-dockerignore/m);

    tamper(dir, join('svc0', 'Dockerfile'));
    assert.doesNotMatch(shipshape(['--cache', '--rule', 'shell-form-cmd=info', '-f', 'compact'], dir).stdout, /FROM THE CACHE/, 'changed flags invalidate');
  });

  it('lives where --cache-location says, and a broken cache file is only a cold cache', () => {
    const dir = repo(generated(4));
    const location = join('build', 'lint-cache');
    const first = shipshape(['--cache-location', location, '-f', 'compact'], dir);
    assert.ok(existsSync(join(dir, location, 'cache-v1.json')));
    assert.ok(!existsSync(join(dir, '.shipshape-cache')));
    writeFileSync(join(dir, location, 'cache-v1.json'), '{ not json');
    const again = shipshape(['--cache-location', location, '-f', 'compact'], dir);
    assert.deepEqual([again.code, again.stdout, again.stderr], [first.code, first.stdout, first.stderr]);
  });
});

describe('progress bar', () => {
  it('stays quiet for short runs, then redraws one line and erases it at the end', async () => {
    const quiet: string[] = [];
    const quick = new Progress(10, (s) => quiet.push(s));
    quick.update(10);
    quick.finish();
    assert.equal(quiet.length, 0);

    const written: string[] = [];
    const slow = new Progress(4, (s) => written.push(s));
    await new Promise((resolve) => setTimeout(resolve, 550));
    slow.update(1);
    slow.update(2); // within 100 ms of the last draw: skipped
    slow.finish();
    assert.deepEqual(written, [`\r\x1b[Kshipshape [${'#'.repeat(8)}${'.'.repeat(22)}] 1/4 files`, '\r\x1b[K']);
  });
});
