/**
 * How RUN scripts call the system package managers (apt-get, apt, aptitude, apk, yum, dnf, microdnf, zypper): the
 * tool, its subcommand, its options and its operands. Each tool's options that take a value are listed, so that
 * the value is never mistaken for a package (`apk add --virtual .build-deps gcc`, `apt-get -t bookworm install`).
 */
import type { DockerfileModel, DockerInstruction, Stage } from '../parse/dockerfile';
import type { ShellScript, ShellWord, SimpleCommand } from '../parse/shell-words';
import type { Span } from '../model';
import { commandsOf, derivedFromScript, programOf } from '../parse/run-commands';
import { stageChain } from './shipped-stages';

export type PackageTool = 'apt-get' | 'apt' | 'aptitude' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper';

export interface CommandOption {
  /** Without dashes: `y` for `-y` (each letter of `-yq` is one option), `no-cache` for `--no-cache`. */
  name: string;
  value: string | undefined;
  word: ShellWord;
}

export interface PackageCommand {
  tool: PackageTool;
  command: SimpleCommand;
  /** The word that names the tool (`apt-get`, `/usr/bin/dnf`). */
  program: ShellWord;
  /** The first operand (`install`); undefined when the tool is called without one. */
  subcommand: ShellWord | undefined;
  options: CommandOption[];
  /** The words after the subcommand that are neither options nor option values (packages, files). */
  operands: ShellWord[];
}

interface OptionSyntax {
  /** Short options that take a value (`-o X`, `-oX`). */
  short: string;
  /** Long options that take a value when it is not written as `--name=value`. */
  long: readonly string[];
}

const APT: OptionSyntax = { short: 'oct', long: ['option', 'config-file', 'target-release', 'default-release'] };
const RPM: OptionSyntax = {
  short: 'cdexR',
  long: [
    'config', 'debuglevel', 'errorlevel', 'exclude', 'excludepkgs', 'installroot', 'releasever', 'enablerepo', 'disablerepo', 'repo',
    'repoid', 'repofrompath', 'setopt', 'color', 'downloaddir', 'destdir', 'forcearch', 'rpmverbosity', 'comment', 'advisory',
    'advisories', 'bz', 'bzs', 'cve', 'cves', 'sec-severity', 'secseverity', 'enableplugin', 'disableplugin', 'platform-id',
  ],
};
const SYNTAX: Record<PackageTool, OptionSyntax> = {
  'apt-get': APT,
  apt: APT,
  aptitude: { short: 'otFw', long: ['option', 'target-release', 'display-format', 'width', 'sort'] },
  apk: { short: 'Xtp', long: ['repository', 'virtual', 'root', 'arch', 'keys-dir', 'repositories-file', 'cache-dir', 'cache-max-age', 'timeout', 'progress-fd'] },
  yum: RPM,
  dnf: RPM,
  microdnf: RPM,
  zypper: {
    short: 'cRDCrtp',
    long: ['config', 'root', 'installroot', 'reposd-dir', 'cache-dir', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir', 'repo', 'from', 'type', 'download', 'userdata', 'plus-repo', 'plus-content'],
  },
};

const TOOL_NAMES: Readonly<Record<string, PackageTool>> = {
  'apt-get': 'apt-get',
  apt: 'apt',
  aptitude: 'aptitude',
  apk: 'apk',
  yum: 'yum',
  dnf: 'dnf',
  dnf5: 'dnf',
  microdnf: 'microdnf',
  zypper: 'zypper',
};

/** The package-manager call a simple command makes (after `sudo`, `env`, `VAR=x`), or undefined. */
export function packageCommandOf(command: SimpleCommand): PackageCommand | undefined {
  const program = programOf(command);
  if (!program) return undefined;
  const tool = Object.hasOwn(TOOL_NAMES, program.name) ? TOOL_NAMES[program.name] : undefined;
  if (!tool) return undefined;
  const { options, positional } = splitArguments(command.words.slice(program.argsIndex), SYNTAX[tool]);
  return { tool, command, program: command.words[program.argsIndex - 1], subcommand: positional[0], options, operands: positional.slice(1) };
}

/** Splits a command's arguments into options (with their values) and positional words. */
export function splitArguments(words: readonly ShellWord[], syntax: OptionSyntax): { options: CommandOption[]; positional: ShellWord[] } {
  const options: CommandOption[] = [];
  const positional: ShellWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const value = word.value;
    if (value === '--') {
      positional.push(...words.slice(i + 1));
      break;
    }
    if (value.startsWith('--')) {
      const eq = value.indexOf('=');
      const name = value.slice(2, eq < 0 ? undefined : eq);
      if (eq >= 0) options.push({ name, value: value.slice(eq + 1), word });
      else if (syntax.long.includes(name) && i + 1 < words.length) options.push({ name, value: words[++i].value, word });
      else options.push({ name, value: undefined, word });
    } else if (value.startsWith('-') && value.length > 1 && !word.dynamic) {
      for (let k = 1; k < value.length; k++) {
        const letter = value[k];
        if (!syntax.short.includes(letter)) {
          options.push({ name: letter, value: undefined, word });
          continue;
        }
        const attached = value.slice(k + 1).replace(/^=/, '');
        if (attached) options.push({ name: letter, value: attached, word });
        else options.push({ name: letter, value: i + 1 < words.length ? words[++i].value : undefined, word });
        break;
      }
    } else positional.push(word);
  }
  return { options, positional };
}

export function hasOption(call: PackageCommand, ...names: string[]): boolean {
  return call.options.some((o) => names.includes(o.name));
}

export function isSubcommand(call: PackageCommand, ...names: string[]): boolean {
  return !!call.subcommand && names.includes(call.subcommand.value);
}

/** From the tool's name to the end of its subcommand (`apt-get install`), where findings about the call go. */
export function callSpan(call: PackageCommand): Span {
  return { start: call.program.span.start, end: (call.subcommand ?? call.program).span.end };
}

/** One RUN to check: the instruction itself, or the RUN an `ONBUILD` wraps. */
export interface RunStep {
  /** The RUN instruction (for `ONBUILD RUN`, the trigger). */
  run: DockerInstruction;
  /** The top-level instruction: the RUN itself or its ONBUILD. */
  instruction: DockerInstruction;
  stage: Stage | undefined;
  script: ShellScript;
}

/** Every RUN in the file, `ONBUILD RUN` triggers included, with its parsed script. Listed once per model (dozens of rules ask): read-only. */
export function runSteps(dockerfile: DockerfileModel): readonly RunStep[] {
  let steps = stepsOf.get(dockerfile);
  if (!steps) {
    steps = [];
    for (const instruction of dockerfile.instructions) {
      const run = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
      if (run?.keyword !== 'RUN') continue;
      steps.push({ run, instruction, stage: instruction.stage, script: commandsOf(run, dockerfile.text, dockerfile.escapeChar) });
    }
    stepsOf.set(dockerfile, steps);
  }
  return steps;
}

const stepsOf = new WeakMap<DockerfileModel, RunStep[]>();

/** The package-manager calls of a script, in order. Many rules ask for them: read once per script, shared read-only. */
export function packageCommandsIn(script: ShellScript): PackageCommand[] {
  return derivedFromScript(script, 'packageCommands', (s) =>
    s.commands.flatMap((c) => {
      const call = packageCommandOf(c);
      return call ? [call] : [];
    }),
  );
}

/** The RUN instructions before `run` in its stage and the stages it is built on, in order. */
function precedingRuns(run: DockerInstruction, stage: Stage | undefined): DockerInstruction[] {
  if (!stage) return [];
  return stageChain(stage)
    .flatMap((s) => s.instructions)
    .filter((i) => i.keyword === 'RUN' && i.span.end <= run.span.start);
}

/**
 * An earlier RUN writes an apt setting into a configuration file (`echo 'APT::Install-Recommends "false";' >
 * /etc/apt/apt.conf.d/…`), with one of the given values.
 */
export function aptConfiguredBefore(text: string, run: DockerInstruction, stage: Stage | undefined, setting: string, values: readonly string[]): boolean {
  const pattern = new RegExp(`${setting}\\s*\\\\?"?\\s*(${values.join('|')})\\b`, 'i');
  return precedingRuns(run, stage).some((r) => pattern.test(text.slice(r.span.start, r.span.end)));
}

/** `-o Name=value` (apt's way of setting configuration on the command line) sets `name` to one of the values. */
export function aptOptionSets(call: PackageCommand, setting: string, values: readonly string[]): boolean {
  return call.options.some((o) => (o.name === 'o' || o.name === 'option') && new RegExp(`^${setting}=(${values.join('|')})$`, 'i').test(o.value ?? ''));
}

/** The command reads its answers from `yes` (`yes | apt-get install …`). */
export function fedByYes(script: ShellScript, command: SimpleCommand): boolean {
  const place = command.pipeline;
  if (!place || place.stage === 0) return false;
  const before = script.commands.find((c) => c.pipeline?.index === place.index && c.pipeline.stage === place.stage - 1);
  return !!before && programOf(before)?.name === 'yes';
}

/** apt only pretends (`-s`, `--simulate`, …): it installs nothing and asks nothing. */
export function isAptSimulation(call: PackageCommand): boolean {
  return hasOption(call, 's', 'simulate', 'just-print', 'dry-run', 'recon', 'no-act');
}
