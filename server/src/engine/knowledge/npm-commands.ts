/** `npm` calls in RUN scripts: the subcommand, its options and operands. */
import type { ShellWord, SimpleCommand } from '../parse/shell-words';
import { programOf } from '../parse/run-commands';
import { splitArguments, type CommandOption } from './package-managers';

export interface NpmCall {
  command: SimpleCommand;
  subcommand: ShellWord | undefined;
  options: CommandOption[];
  operands: ShellWord[];
}

/** npm options that take a value when not written as `--name=value`. */
const NPM_SYNTAX = { short: 'wC', long: ['registry', 'prefix', 'cache', 'tag', 'workspace', 'omit', 'include', 'only', 'also', 'loglevel', 'userconfig', 'install-strategy', 'before', 'otp', 'scope'] };

export const NPM_INSTALL = ['install', 'i', 'in', 'isntall', 'add'];

export function npmCallOf(command: SimpleCommand): NpmCall | undefined {
  const program = programOf(command);
  if (program?.name !== 'npm') return undefined;
  const { options, positional } = splitArguments(command.words.slice(program.argsIndex), NPM_SYNTAX);
  return { command, subcommand: positional[0], options, operands: positional.slice(1) };
}
