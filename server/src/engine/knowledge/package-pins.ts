/**
 * Which packages an install command names without a version. Each package manager writes a pin its own way:
 * apt `curl=7.88.1-10`, apk `curl=8.5.0-r0` or `curl~8.5`, yum/dnf `curl-7.76.1` or `curl-7.76.1-26.el9`,
 * zypper `curl=8.0.1` or `curl>=8`. Files (`./pkg.deb`, `x.rpm`), URLs, variables and names only the shell knows
 * (`$PKGS`, `pkg*`) are never flagged: there is nothing to pin, or we cannot see it.
 */
import type { ShellWord } from '../parse/shell-words';
import { hasOption, isAptSimulation, isSubcommand, type PackageCommand } from './package-managers';

export interface UnpinnedPackage {
  word: ShellWord;
  /** How a pinned version of it is written (`curl=<version>`). */
  pinned: string;
}

/** The packages an install call leaves unpinned; empty for anything but an install. */
export function unpinnedPackages(call: PackageCommand): UnpinnedPackage[] {
  switch (call.tool) {
    case 'apt-get':
    case 'apt':
      // `pkg-` removes a package; `pkg/bookworm-backports` picks a release, not a version.
      if (!isSubcommand(call, 'install') || isAptSimulation(call)) return [];
      return unpinned(call.operands, '.deb', (p) => p.includes('=') || /[-+]$/.test(p), (p) => `${p.replace(/\/.*$/, '')}=<version>`);
    case 'apk':
      return isSubcommand(call, 'add') ? unpinned(call.operands, '.apk', (p) => /[=~<>]/.test(p), (p) => `${p}=<version>`) : [];
    case 'yum':
    case 'dnf':
    case 'microdnf':
      if (!isSubcommand(call, 'install')) return [];
      return unpinned(call.operands, '.rpm', (p) => rpmVersioned(p) || p.startsWith('@') || p.includes('('), (p) => `${p}-<version>`);
    case 'zypper':
      // `-t pattern`, `-t product`: those are not packages with versions.
      if (!isSubcommand(call, 'install', 'in') || call.options.some((o) => (o.name === 't' || o.name === 'type') && o.value !== 'package')) return [];
      return unpinned(call.operands, '.rpm', (p) => /[=<>]/.test(p) || p.includes('(') || p.includes(':'), (p) => `${p}=<version>`);
    default:
      return [];
  }
}

/** `dnf module install nodejs` without a `:stream`: the module stream is whatever the repository enables. */
export function unpinnedModules(call: PackageCommand): UnpinnedPackage[] {
  if (!['yum', 'dnf', 'microdnf'].includes(call.tool) || !isSubcommand(call, 'module') || call.operands[0]?.value !== 'install') return [];
  if (hasOption(call, 'h', 'help')) return [];
  return call.operands.slice(1).flatMap((word) => (word.dynamic || word.value.includes(':') ? [] : [{ word, pinned: `${word.value}:<stream>` }]));
}

function unpinned(operands: readonly ShellWord[], fileSuffix: string, isPinned: (p: string) => boolean, pin: (p: string) => string): UnpinnedPackage[] {
  return operands.flatMap((word) => {
    const name = word.value;
    // Globs and regular expressions (`'^libfoo'`) match several packages: not one to pin.
    if (word.dynamic || name === '' || /[*?[\]^$]/.test(name) || isPinned(name)) return [];
    if (name.endsWith(fileSuffix) || /^(\.{0,2}\/|[a-z]+:\/\/)/i.test(name)) return [];
    return [{ word, pinned: pin(name) }];
  });
}

/**
 * `name-version`, `name-version-release`, with an optional epoch (`1:…`) and architecture: the part after the last
 * dash starts with a digit. `java-17-openjdk` is a name (its last part is `openjdk`), `python3-devel` too.
 */
function rpmVersioned(name: string): boolean {
  const parts = name.split('-');
  return parts.length > 1 && /^\d/.test(parts[parts.length - 1]);
}
