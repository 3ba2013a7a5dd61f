/**
 * Numeric ids of the users and groups a stage can name: the ones its RUN steps create with a fixed id
 * (`useradd -u 10001 app`, `addgroup -g 10001 app`) and the ones well-known base images ship.
 */
import type { DockerfileModel, Stage } from '../parse/dockerfile';
import { commandsOf, programOf } from '../parse/run-commands';
import { imageFamilyOf } from './base-images';

export interface AccountIds {
  users: Map<string, number>;
  groups: Map<string, number>;
}

interface AccountCommand {
  kind: 'users' | 'groups';
  /** Options that carry the numeric id. */
  idOptions: string[];
  /** Other options that take a value (so the value is not mistaken for the account name). */
  valueOptions: string[];
}

const COMMANDS: Record<string, AccountCommand> = {
  useradd: {
    kind: 'users',
    idOptions: ['-u', '--uid'],
    valueOptions: ['-b', '--base-dir', '-c', '--comment', '-d', '--home-dir', '-e', '--expiredate', '-f', '--inactive', '-g', '--gid', '-G', '--groups', '-k', '--skel', '-K', '--key', '-p', '--password', '-R', '--root', '-P', '--prefix', '-s', '--shell', '-Z', '--selinux-user'],
  },
  // BusyBox (`-u`) and Debian (`--uid`) adduser.
  adduser: {
    kind: 'users',
    idOptions: ['-u', '--uid'],
    valueOptions: ['-h', '--home', '-g', '--gecos', '--comment', '-s', '--shell', '-G', '--ingroup', '-k', '--gid', '--firstuid', '--lastuid', '--conf', '--add-extra-groups'],
  },
  groupadd: { kind: 'groups', idOptions: ['-g', '--gid'], valueOptions: ['-K', '--key', '-p', '--password', '-R', '--root', '-P', '--prefix'] },
  addgroup: { kind: 'groups', idOptions: ['-g', '--gid'], valueOptions: ['--conf'] },
};

/** Users that images ship with a fixed id, whatever their family. */
const WELL_KNOWN_USERS: Record<string, number> = { root: 0, nobody: 65534 };

export function accountIdsOf(stage: Stage, model: DockerfileModel): AccountIds {
  const ids: AccountIds = { users: new Map(), groups: new Map() };
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.baseStage) chain.unshift(s);
  addImageAccounts(chain[0], ids);
  for (const s of chain) {
    for (const instruction of s.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      for (const command of commandsOf(instruction, model.text, model.escapeChar).commands) {
        const program = programOf(command);
        const spec = program && COMMANDS[program.name];
        if (!spec) continue;
        const created = parseAccountCommand(command.words.slice(program.argsIndex).map((w) => w.value), spec);
        if (created) ids[spec.kind].set(created.name, created.id);
      }
    }
  }
  return ids;
}

function addImageAccounts(root: Stage, ids: AccountIds): void {
  for (const [name, id] of Object.entries(WELL_KNOWN_USERS)) {
    ids.users.set(name, id);
    ids.groups.set(name, id);
  }
  ids.groups.set('nogroup', 65534);
  const image = root.image;
  if (!image) return;
  if (imageFamilyOf(image) === 'distroless' || image.registry === 'cgr.dev') {
    ids.users.set('nonroot', 65532);
    ids.groups.set('nonroot', 65532);
  }
  const name = image.name.replace(/^library\//, '').toLowerCase();
  const shipped = IMAGE_USERS[name];
  if (shipped) {
    ids.users.set(shipped.user, shipped.id);
    ids.groups.set(shipped.user, shipped.id);
  }
  // Debian's base-passwd gives the web server user a fixed id.
  if (imageFamilyOf(image) === 'debian') {
    ids.users.set('www-data', 33);
    ids.groups.set('www-data', 33);
  }
}

/** The unprivileged user an official image creates, with the id it pins. */
const IMAGE_USERS: Record<string, { user: string; id: number }> = {
  node: { user: 'node', id: 1000 },
  nginx: { user: 'nginx', id: 101 },
};

/** The account a command creates with an explicit numeric id; undefined when it picks the id itself. */
function parseAccountCommand(args: string[], spec: AccountCommand): { name: string; id: number } | undefined {
  let id: number | undefined;
  let name: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [option, inlineValue] = splitOption(arg, spec);
    if (option) {
      const value = inlineValue ?? args[++i];
      if (spec.idOptions.includes(option) && value !== undefined && /^\d+$/.test(value)) id = Number(value);
      continue;
    }
    if (arg.startsWith('-')) continue;
    name ??= arg;
  }
  return name !== undefined && id !== undefined && !name.includes('$') ? { name, id } : undefined;
}

/** `--uid=10001` → [`--uid`, `10001`]; `-u10001` → [`-u`, `10001`]; `-u` → [`-u`, undefined]; a flag without value → []. */
function splitOption(arg: string, spec: AccountCommand): [string, string | undefined] | [] {
  const known = [...spec.idOptions, ...spec.valueOptions];
  if (known.includes(arg)) return [arg, undefined];
  const eq = arg.indexOf('=');
  if (arg.startsWith('--') && eq > 0 && known.includes(arg.slice(0, eq))) return [arg.slice(0, eq), arg.slice(eq + 1)];
  if (/^-[A-Za-z]./.test(arg) && !arg.startsWith('--') && known.includes(arg.slice(0, 2))) return [arg.slice(0, 2), arg.slice(2)];
  return [];
}
