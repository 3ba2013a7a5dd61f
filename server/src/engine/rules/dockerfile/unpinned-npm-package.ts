import { defineRule } from '../../define';
import type { ShellWord, SimpleCommand } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { splitArguments } from '../../knowledge/package-managers';

type MessageId = 'unpinned';

/** Options of npm, yarn and pnpm that take a value, so the value is never read as a package. */
const NODE_SYNTAX = { short: 'wC', long: ['registry', 'prefix', 'cache', 'tag', 'workspace', 'filter', 'dir', 'cwd', 'loglevel', 'userconfig', 'install-strategy', 'before', 'otp', 'scope'] };
const GIT = /^(git(\+[a-z]+)?:\/\/|github:|gitlab:|bitbucket:|gist:)/;
const TARBALL = /\.(tgz|tar|tar\.gz)$/;
const MOVING_TAGS = new Set(['', 'latest', 'next', '*', 'x']);

export default defineRule<MessageId>({
  id: 'unpinned-npm-package',
  language: 'dockerfile',
  aliases: ['DL3016'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unpinned: '`{{package}}` has no version, so each rebuild installs whatever the registry tags as latest that day. Pin it: `{{name}}@<version>`.',
  },
  docs: {
    summary: 'Flags packages that `npm install`, `yarn add` or `pnpm add` name without a version.',
    why:
      'A package named without a version (or as `@latest`) is resolved at build time: rebuilding the same commit can ' +
      'install a new major version, or a release that was published by someone who should not have. A version pin ' +
      '(`typescript@5.4.5`) makes the image reproducible. For an application\'s own dependencies, copy `package.json` and the ' +
      'lockfile and run `npm ci` instead of naming packages.',
    bad: ['FROM node:20-alpine\nRUN npm install -g pnpm'],
    good: ['FROM node:20-alpine\nRUN npm install -g pnpm@9.1.0', 'FROM node:20-alpine\nCOPY package.json package-lock.json ./\nRUN npm ci'],
    differences:
      'Like hadolint, Shipshape accepts git URLs with a `#commit`, tarballs and local folders. It also checks `yarn add` ' +
      'and `pnpm add`, treats `@latest` and `@next` as unpinned, skips packages named by a variable, and reports each ' +
      'package at its own word.',
    references: ['https://docs.npmjs.com/cli/commands/npm-install'],
  },
  check({ dockerfile, document, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const command of script.commands) {
        for (const word of packagesNamedBy(command)) {
          const name = packageName(word.value);
          if (name !== undefined) report({ messageId: 'unpinned', data: { package: word.value, name }, span: word.span });
        }
      }
    }
  },
});

const NODE_PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm']);

/** The package operands of `npm install|i|add …`, `yarn [global] add …`, `pnpm add …`. */
function packagesNamedBy(command: SimpleCommand): ShellWord[] {
  const program = programOf(command);
  if (!program || !NODE_PACKAGE_MANAGERS.has(program.name)) return [];
  const { positional } = splitArguments(command.words.slice(program.argsIndex), NODE_SYNTAX);
  const [sub, ...rest] = positional.map((w) => w.value);
  switch (program.name) {
    case 'npm':
      return ['install', 'i', 'add', 'in', 'isntall'].includes(sub ?? '') ? positional.slice(1) : [];
    case 'yarn':
      if (sub === 'add') return positional.slice(1);
      return sub === 'global' && rest[0] === 'add' ? positional.slice(2) : [];
    case 'pnpm':
      return sub === 'add' ? positional.slice(1) : [];
    default:
      return [];
  }
}

/** The name to suggest a pin for, or undefined when the spec is pinned (or cannot be judged). */
function packageName(spec: string): string | undefined {
  if (/[$`]/.test(spec) || TARBALL.test(spec) || /^(\.{0,2}\/|~\/|file:|https?:)/.test(spec)) return undefined;
  if (GIT.test(spec) || (!spec.startsWith('@') && spec.includes('/'))) return spec.includes('#') ? undefined : spec.replace(/#.*$/, '');
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  const name = at < 0 ? spec : spec.slice(0, at);
  const version = at < 0 ? '' : spec.slice(at + 1);
  return MOVING_TAGS.has(version) ? name : undefined;
}
