import { defineRule } from '../../define';
import type { ShellWord, SimpleCommand } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';

type MessageId = 'unpinned' | 'movingVersion';

/** Go build flags that take the next word as their value (`-o bin`, `-ldflags "-s -w"`). */
const VALUE_FLAGS = new Set([
  'o', 'C', 'p', 'mod', 'modfile', 'tags', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'buildmode', 'compiler', 'installsuffix',
  'exec', 'overlay', 'pkgdir', 'toolexec', 'pgo', 'covermode', 'coverpkg', 'modcacherw',
]);
/** Version queries that move: they name no fixed release. */
const MOVING = new Set(['latest', 'upgrade', 'patch']);

export default defineRule<MessageId>({
  id: 'unpinned-go-package',
  language: 'dockerfile',
  aliases: ['DL3062'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unpinned: '`go {{verb}} {{module}}` has no version, so the build takes whatever is newest that day. Pin it: `{{module}}@<version>`.',
    movingVersion: '`@{{version}}` moves with every release, so rebuilds install different code. Pin a version: `{{module}}@<version>`.',
  },
  docs: {
    summary: 'Flags `go install`, `go get` and `go run` of a remote module without a fixed version.',
    why:
      'Outside a module, `go install example.com/tool@latest` resolves the version at build time, and inside one `go get` ' +
      'without a version upgrades whatever it touches. Rebuilding the same commit then ships different code, and a ' +
      'compromised release flows straight in. A version (`@v1.2.3`) or a commit makes the build reproducible; the Go ' +
      'checksum database then guarantees the same bytes.',
    bad: ['FROM golang:1.22\nRUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@latest'],
    good: ['FROM golang:1.22\nRUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1', 'FROM golang:1.22\nCOPY . .\nRUN go install ./cmd/server'],
    differences:
      'Like hadolint, Shipshape treats `@latest` as unpinned and skips local paths. It also treats `@upgrade` and `@patch` as ' +
      'unpinned, and skips packages of the standard library or the current module (paths whose first element has no dot), ' +
      'files ending in `.go`, and packages named by a variable.',
    references: ['https://go.dev/ref/mod#go-install', 'https://go.dev/ref/mod#version-queries'],
  },
  check({ dockerfile, document, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const command of script.commands) {
        const call = goCall(command);
        if (!call) continue;
        for (const word of call.packages) {
          if (word.dynamic) continue;
          const [module, version] = splitVersion(word.value);
          if (!isRemote(module)) continue;
          if (version === undefined) report({ messageId: 'unpinned', data: { verb: call.verb, module }, span: word.span });
          else if (MOVING.has(version)) report({ messageId: 'movingVersion', data: { version, module }, span: word.span });
        }
      }
    }
  },
});

/** `go install|get|run [flags] packages…`; for `go run` only the first operand is a package, the rest are its arguments. */
function goCall(command: SimpleCommand): { verb: string; packages: ShellWord[] } | undefined {
  const program = programOf(command);
  if (program?.name !== 'go') return undefined;
  const args = command.words.slice(program.argsIndex);
  const verb = args[0]?.value;
  if (verb !== 'install' && verb !== 'get' && verb !== 'run') return undefined;
  const packages: ShellWord[] = [];
  for (let i = 1; i < args.length; i++) {
    const value = args[i].value;
    if (value === '--') continue;
    if (value.startsWith('-')) {
      if (!value.includes('=') && VALUE_FLAGS.has(value.replace(/^--?/, ''))) i++;
      continue;
    }
    packages.push(args[i]);
    if (verb === 'run') break;
  }
  return { verb, packages };
}

function splitVersion(spec: string): [string, string | undefined] {
  const at = spec.lastIndexOf('@');
  return at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 1)];
}

/** A module path from the network: its first element looks like a host name (`github.com/…`, `golang.org/x/…`). */
function isRemote(path: string): boolean {
  if (path.startsWith('.') || path.startsWith('/') || path.endsWith('.go')) return false;
  return path.split('/')[0].includes('.');
}
