/**
 * The two checks that yum, dnf, microdnf and zypper rules share with small differences: an install that would stop
 * to ask for confirmation, and an install whose downloaded metadata and packages stay in the layer.
 */
import type { DockerfileModel } from '../parse/dockerfile';
import type { ShellWord } from '../parse/shell-words';
import type { Edit } from '../model';
import { appendCommand } from '../fix/run-script-edits';
import { fedByYes, isSubcommand, packageCommandOf, packageCommandsIn, type PackageCommand, type PackageTool, type RunStep } from './package-managers';
import { posixRunSteps } from './posix-runs';
import { mountCovers, removedPathsOf, removesWhole } from './package-caches';
import { isShipped, shippedStages } from './shipped-stages';

export interface ConfirmationCheck {
  tools: readonly PackageTool[];
  /** Subcommands that change packages, and so ask first. */
  subcommands: readonly string[];
  /** Subcommands whose first operand says whether they change packages (`dnf module install`, `dnf group list`). */
  compound?: Readonly<Record<string, readonly string[]>>;
  /** Options that answer yes (or turn questions off). */
  yesOptions: readonly string[];
}

/** What `group` and `module` do that changes packages. */
const CHANGING = ['install', 'remove', 'upgrade', 'update', 'downgrade', 'reinstall', 'enable', 'disable', 'reset', 'switch-to'];

/** What yum, dnf and microdnf confirm before they run. */
export const RPM_CONFIRMATION: Omit<ConfirmationCheck, 'tools'> = {
  subcommands: [
    'install', 'groupinstall', 'localinstall', 'reinstall', 'remove', 'erase', 'update', 'upgrade', 'downgrade', 'distro-sync', 'swap',
    'autoremove', 'update-minimal', 'upgrade-minimal', 'groupremove', 'groupupdate', 'builddep',
  ],
  compound: { group: CHANGING, groups: CHANGING, module: CHANGING },
  // `--assumeno` answers too (no: nothing changes).
  yesOptions: ['y', 'assumeyes', 'assumeno'],
};

export interface Unconfirmed {
  call: PackageCommand;
  step: RunStep;
  /** The last word of the subcommand (`install`, or `install` of `module install`), where `-y` goes. */
  subcommandEnd: ShellWord;
}

/** Calls that would wait for a yes/no answer the build cannot give. */
export function* unconfirmedCalls(dockerfile: DockerfileModel, pragmaShell: string | undefined, check: ConfirmationCheck): Generator<Unconfirmed> {
  for (const step of posixRunSteps(dockerfile, pragmaShell)) {
    for (const call of packageCommandsIn(step.script)) {
      if (!check.tools.includes(call.tool) || !call.subcommand) continue;
      const compound = check.compound?.[call.subcommand.value];
      const action = compound ? call.operands[0] : call.subcommand;
      if (!action || !(compound ? compound.includes(action.value) : check.subcommands.includes(action.value))) continue;
      if (call.options.some((o) => check.yesOptions.includes(o.name) || (o.name === 'setopt' && /^assumeyes=(1|true|yes)$/i.test(o.value ?? '')))) continue;
      if (fedByYes(step.script, call.command)) continue;
      yield { call, step, subcommandEnd: action };
    }
  }
}

export interface CleanupCheck {
  tools: readonly PackageTool[];
  /** Subcommands that download metadata or packages. */
  downloads: readonly string[];
  /** A command that empties the cache (`yum clean all`); removing one of `dirs` counts too. */
  cleans(call: PackageCommand): boolean;
  /** Where the cache lives: removing one, or mounting a cache or tmpfs over it, keeps it out of the layer. */
  dirs: readonly string[];
  /** The command the fix appends, given the tool that downloaded. */
  cleanCommand(tool: PackageTool): string;
}

export interface Uncleaned {
  /** The last download of the RUN: the clean-up has to come after it. */
  call: PackageCommand;
  step: RunStep;
  /** Appends the clean-up command, when the script has a clean place for it. */
  fix: Edit | undefined;
}

/** RUNs of shipped stages that download packages and end without cleaning the cache up. */
export function* uncleanedDownloads(dockerfile: DockerfileModel, pragmaShell: string | undefined, check: CleanupCheck): Generator<Uncleaned> {
  const shipped = shippedStages(dockerfile);
  for (const step of posixRunSteps(dockerfile, pragmaShell)) {
    const { run, script } = step;
    if ((run === step.instruction && !isShipped(step.stage, shipped)) || check.dirs.some((dir) => mountCovers(run, dir))) continue;
    const downloads = packageCommandsIn(script).filter((c) => check.tools.includes(c.tool) && isSubcommand(c, ...check.downloads));
    const last = downloads[downloads.length - 1];
    if (!last) continue;
    const after = script.commands.slice(script.commands.indexOf(last.command) + 1);
    const cleaned = after.some((c) => {
      const call = packageCommandOf(c);
      return (call && check.cleans(call)) || removedPathsOf(c, undefined).some((r) => check.dirs.some((dir) => removesWhole(r.path, dir)));
    });
    if (cleaned) continue;
    yield { call: last, step, fix: appendCommand(dockerfile.text, dockerfile.escapeChar, run, script, check.cleanCommand(last.tool)) };
  }
}

/** yum, dnf and microdnf fill the same kind of cache, and `clean all` (by any of them) empties it. */
export const RPM_CLEANUP: Omit<CleanupCheck, 'tools'> = {
  downloads: [
    'install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'downgrade', 'distro-sync', 'makecache', 'group', 'module',
    'swap', 'update-minimal', 'upgrade-minimal', 'builddep',
  ],
  cleans: (call) => ['yum', 'dnf', 'microdnf'].includes(call.tool) && isSubcommand(call, 'clean') && call.operands.some((o) => o.value === 'all'),
  dirs: ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'],
  cleanCommand: (tool) => `${tool} clean all`,
};

/** zypper: `clean` (`cc`) in any form empties its cache. */
export const ZYPPER_CLEANUP: Omit<CleanupCheck, 'tools'> = {
  downloads: ['install', 'in', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si', 'install-new-recommends', 'inr'],
  cleans: (call) => call.tool === 'zypper' && isSubcommand(call, 'clean', 'cc'),
  dirs: ['/var/cache/zypp'],
  cleanCommand: () => 'zypper clean --all',
};
