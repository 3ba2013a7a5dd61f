/** `pip install` as RUN scripts write it (`pip`, `pip3.12`, `python3 -m pip`), with its options and operands. */
import type { Span } from '../model';
import type { ShellWord, SimpleCommand } from '../parse/shell-words';
import { programOf } from '../parse/run-commands';
import { pipArguments } from './package-caches';
import { splitArguments, type CommandOption } from './package-managers';

export interface PipInstall {
  command: SimpleCommand;
  /** From `pip` (or `python3 -m pip`) to `install`: where findings about the call go. */
  span: Span;
  /** The `install` word. */
  install: ShellWord;
  options: CommandOption[];
  /** Requirement specifiers, paths and URLs after `install`. */
  operands: ShellWord[];
}

/** pip's options that take a value (`-r file`, `--index-url URL`); the value is never a package. */
const PIP_SYNTAX = {
  short: 'bcefirtC',
  long: [
    'requirement', 'constraint', 'editable', 'find-links', 'index-url', 'extra-index-url', 'target', 'prefix', 'root', 'src',
    'platform', 'python-version', 'implementation', 'abi', 'upgrade-strategy', 'no-binary', 'only-binary', 'progress-bar',
    'proxy', 'retries', 'timeout', 'exists-action', 'trusted-host', 'cert', 'client-cert', 'cache-dir', 'log', 'global-option',
    'config-settings', 'report', 'python', 'use-feature', 'use-deprecated', 'build', 'install-option', 'keyring-provider', 'group',
  ],
};

export function pipInstallOf(command: SimpleCommand): PipInstall | undefined {
  const args = pipArguments(command);
  const program = programOf(command);
  if (!args || !program) return undefined;
  const { options, positional } = splitArguments(args, PIP_SYNTAX);
  const install = positional[0];
  if (install?.value !== 'install') return undefined;
  const first = command.words[program.argsIndex - 1];
  return { command, span: { start: first.span.start, end: install.span.end }, install, options, operands: positional.slice(1) };
}

export function hasPipOption(call: PipInstall, ...names: string[]): boolean {
  return call.options.some((o) => names.includes(o.name));
}
