/**
 * "Nothing runs that a workspace chose." A repository you open may carry a .vscode/settings.json; no setting it can
 * set may make Shipshape execute a program. Settings that do name a program (none today; an optional ShellCheck path,
 * say) must be machine-scoped, so only the user's own settings can set them, and restricted in untrusted workspaces.
 * And the extension, the server and the engine never start processes themselves: only the CLI, tests and benchmark may.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { scope?: string; description?: string; markdownDescription?: string }> } | { properties: Record<string, never> }[] };
  capabilities?: { untrustedWorkspaces?: { supported: boolean | 'limited'; restrictedConfigurations?: string[] } };
};

/**
 * Every setting, classified by hand: `data` only changes what is reported; `runs-program` names something that gets
 * executed. A new setting fails this test until it is added here, so someone decides which it is.
 */
const SETTINGS: Record<string, 'data' | 'runs-program'> = {
  'shipshape.enable': 'data',
  'shipshape.rules': 'data',
  'shipshape.compose.validate': 'data',
  'shipshape.compose.files': 'data',
  'shipshape.trace.server': 'data',
  'shipshape.inlayHints.argDefaults': 'data',
  'shipshape.format.realignContinuations': 'data',
};

/** Words that suggest a setting names a program; a `data` setting matching them needs a second look. */
const SOUNDS_EXECUTABLE = /executable|binary|\bprogram\b|\bcommand\b|shellcheck|\.exe\b|\bbin\b|interpreter|\bspawn/i;

const MACHINE_SCOPES = ['machine', 'machine-overridable'];

function settings(): [string, { scope?: string; description?: string; markdownDescription?: string }][] {
  const configuration = pkg.contributes.configuration;
  const sections = Array.isArray(configuration) ? configuration : [configuration];
  return sections.flatMap((section) => Object.entries(section.properties));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs|cjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

describe('a workspace cannot make Shipshape run a program', () => {
  it('every setting is classified, and each one that runs a program is machine-scoped and restricted in untrusted workspaces', () => {
    const restricted = pkg.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [];
    for (const [key, setting] of settings()) {
      const kind = SETTINGS[key];
      assert.ok(kind, `${key} is new: classify it in SETTINGS (test/hostile/workspace-cannot-run-programs.test.ts)`);
      if (kind === 'runs-program') {
        assert.ok(MACHINE_SCOPES.includes(setting.scope ?? ''), `${key} names a program: its scope must be "machine" or "machine-overridable", not ${setting.scope}`);
        assert.ok(restricted.includes(key), `${key} names a program: list it in capabilities.untrustedWorkspaces.restrictedConfigurations`);
      } else {
        const text = `${key} ${setting.description ?? ''} ${setting.markdownDescription ?? ''}`;
        assert.doesNotMatch(text, SOUNDS_EXECUTABLE, `${key} sounds like it names a program: if it does, classify it as runs-program`);
      }
    }
  });

  it('the extension, the language server and the engine start no processes and evaluate no code (only the CLI may)', () => {
    const offenders: string[] = [];
    const forbidden = /\bchild_process\b|\bprocess\.dlopen\b|\beval\s*\(|\bnew Function\s*\(|\bfrom 'node:vm'|require\(['"](node:)?vm['"]\)/;
    for (const dir of ['client/src', 'server/src', 'shared']) {
      for (const file of sourceFiles(join(root, dir))) {
        const path = relative(root, file);
        if (path.startsWith('server/src/cli/') || path.startsWith('server/src/scripts/')) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (forbidden.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the client starts only the bundled server, from the extension directory, whatever the settings say', () => {
    const client = readFileSync(join(root, 'client/src/node/main.ts'), 'utf8');
    assert.match(client, /const module = context\.asAbsolutePath\('dist\/server\.js'\);/);
    for (const match of client.matchAll(/\bmodule:\s*([^,}]+)/g)) assert.equal(match[1].trim(), 'module', 'every ServerOptions entry runs that module');
    assert.doesNotMatch(client, /getConfiguration\(/, 'the Node entry reads no setting that could change what is started');
  });
});
