/**
 * The shell a stage's RUN instructions (and shell-form CMD/ENTRYPOINT) run under: `/bin/sh -c` unless a SHELL
 * instruction says otherwise, in the stage or in the stage it is built FROM (SHELL is stored in the image, so it is
 * inherited). Windows images start with `cmd /S /C`; `# hadolint shell=…` names the file's shell for images we
 * cannot see into. Rules about POSIX shell behaviour skip PowerShell and cmd.
 */
import type { DockerInstruction, DockerfileModel, Stage } from './dockerfile';
import { setsPipefail } from './shell';
import { imageFamilyOf } from '../knowledge/base-images';
import { isWindowsImage } from '../knowledge/windows-images';

export type ShellKind = 'posix' | 'powershell' | 'cmd';

export interface StageShell {
  /** The command line the script is appended to (`["/bin/sh", "-c"]`). */
  argv: string[];
  /** The program's base name: `sh`, `bash`, `ash`, `powershell`, `pwsh`, `cmd`… */
  program: string;
  kind: ShellKind;
  /** `-o pipefail` is among the shell's options, so a failing stage of a pipeline fails the RUN. */
  pipefail: boolean;
  /** The SHELL instruction that chose this shell; undefined for the image's default or a pragma. */
  instruction: DockerInstruction | undefined;
}

const POSIX_DEFAULT: StageShell = { argv: ['/bin/sh', '-c'], program: 'sh', kind: 'posix', pipefail: false, instruction: undefined };
const WINDOWS_DEFAULT: StageShell = { argv: ['cmd', '/S', '/C'], program: 'cmd', kind: 'cmd', pipefail: false, instruction: undefined };

/** Per stage: the shell it starts with and each SHELL instruction's shell, in order (computed once per pragma). */
const timelines = new WeakMap<Stage, { pragmaShell: string | undefined; changes: { start: number; shell: StageShell }[] }>();

function timelineOf(stage: Stage, dockerfile: DockerfileModel, pragmaShell: string | undefined): { start: number; shell: StageShell }[] {
  const cached = timelines.get(stage);
  if (cached && cached.pragmaShell === pragmaShell) return cached.changes;
  const changes = [{ start: -1, shell: inheritedShell(stage, dockerfile, pragmaShell) }];
  for (const step of stage.instructions) {
    const shell = step.keyword === 'SHELL' ? shellOfInstruction(step) : undefined;
    if (shell) changes.push({ start: step.span.start, shell });
  }
  timelines.set(stage, { pragmaShell, changes });
  return changes;
}

/** The shell in effect at `instruction` (a RUN, or the trigger of an ONBUILD RUN), within its stage. */
export function shellAt(instruction: DockerInstruction, dockerfile: DockerfileModel, pragmaShell?: string): StageShell {
  const stage = instruction.stage;
  if (!stage) return defaultShell(undefined, dockerfile, pragmaShell);
  const changes = timelineOf(stage, dockerfile, pragmaShell);
  let shell = changes[0].shell;
  for (const change of changes) if (change.start < instruction.span.start) shell = change.shell;
  return shell;
}

/** The shell at the end of `stage`: what a later `FROM <stage>` starts with. */
export function shellOf(stage: Stage, dockerfile: DockerfileModel, pragmaShell?: string): StageShell {
  const changes = timelineOf(stage, dockerfile, pragmaShell);
  return changes[changes.length - 1].shell;
}

/** True when `instruction` runs under a POSIX shell (sh, bash, ash, dash, zsh…), the shells our RUN rules know. */
export function runsPosixShell(instruction: DockerInstruction, dockerfile: DockerfileModel, pragmaShell?: string): boolean {
  return shellAt(instruction, dockerfile, pragmaShell).kind === 'posix';
}

function inheritedShell(stage: Stage, dockerfile: DockerfileModel, pragmaShell: string | undefined): StageShell {
  return stage.baseStage ? shellOf(stage.baseStage, dockerfile, pragmaShell) : defaultShell(stage, dockerfile, pragmaShell);
}

function defaultShell(stage: Stage | undefined, dockerfile: DockerfileModel, pragmaShell: string | undefined): StageShell {
  if (pragmaShell) return { ...describe(pragmaShell.split(/\s+/)), instruction: undefined };
  const image = stage?.image;
  if (image && !image.hasVariables && isWindowsImage(image)) return WINDOWS_DEFAULT;
  // `# escape=\`` is the Windows convention: with an image we do not know, it tips the balance.
  if (dockerfile.escapeChar === '`' && image && imageFamilyOf(image) === 'unknown') return WINDOWS_DEFAULT;
  return POSIX_DEFAULT;
}

function shellOfInstruction(instruction: DockerInstruction): StageShell | undefined {
  if (instruction.form !== 'exec' || instruction.execArgs.length === 0) return undefined;
  return { ...describe(instruction.execArgs.map((w) => w.value)), instruction };
}

function describe(argv: string[]): Omit<StageShell, 'instruction'> {
  const program = (argv[0] ?? 'sh').replace(/^.*[/\\]/, '').replace(/\.exe$/i, '').toLowerCase();
  const kind: ShellKind = program === 'powershell' || program === 'pwsh' ? 'powershell' : program === 'cmd' ? 'cmd' : 'posix';
  // Any shell given `-o pipefail` counts: one that lacks the option (dash) fails every RUN at once, which nobody misses.
  return { argv, program, kind, pipefail: kind === 'posix' && setsPipefail(argv.slice(1)) };
}
