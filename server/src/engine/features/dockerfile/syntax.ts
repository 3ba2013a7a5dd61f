/**
 * The shape of each Dockerfile instruction, its flags and `RUN --mount` options, as completion and signature help
 * need them. Plain data, our own wording; the facts follow the Dockerfile reference.
 */

export interface FlagSyntax {
  /** Without the dashes (`chown`). */
  name: string;
  /** Placeholder of the value in signatures (`<user>:<group>`); undefined for a switch (`--link`). */
  value?: string;
  /** Snippet inserted after `--name=` by completion. */
  snippet?: string;
  /** Values offered after `--name=`. */
  values?: string[];
  repeatable?: boolean;
}

export interface ParamSyntax {
  label: string;
  /** Takes one or more words (`<src>...`). */
  repeat?: boolean;
}

export interface FormSyntax {
  /** Positional parameters after the flags. */
  params: ParamSyntax[];
  /** Chosen when the first positional word matches (`NONE`, `[`); otherwise the first form without `when` is. */
  when?: RegExp;
}

export interface InstructionSyntax {
  flags: FlagSyntax[];
  /** The usual form first: completion shows it. */
  forms: FormSyntax[];
  /** What completion inserts (a snippet), keyword included. */
  snippet: string;
}

const CHOWN: FlagSyntax = { name: 'chown', value: '<user>:<group>', snippet: '${1:10001}:${2:10001}' };
const CHMOD: FlagSyntax = { name: 'chmod', value: '<perms>', snippet: '${1:0755}', values: ['0755', '0644', '0555', '0444'] };
const LINK: FlagSyntax = { name: 'link' };
const EXCLUDE: FlagSyntax = { name: 'exclude', value: '<pattern>', snippet: '${1:pattern}', repeatable: true };
const duration = (name: string, example: string): FlagSyntax => ({ name, value: '<duration>', snippet: `\${1:${example}}` });
const EXEC: FormSyntax = { params: [{ label: '["<executable>", "<param>"...]' }], when: /^\[/ };
const SHELL_COMMAND: FormSyntax = { params: [{ label: '<command>', repeat: true }] };
const SRC_DEST: FormSyntax = { params: [{ label: '<src>...', repeat: true }, { label: '<dest>' }] };

export const instructionSyntax: Record<string, InstructionSyntax> = {
  FROM: {
    flags: [{ name: 'platform', value: '<platform>', snippet: '${1:\\$BUILDPLATFORM}', values: ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64'] }],
    forms: [{ params: [{ label: '<image>[:<tag>|@<digest>]' }, { label: '[AS <name>]' }] }],
    snippet: 'FROM ${1:image}:${2:tag}',
  },
  RUN: {
    flags: [
      { name: 'mount', value: 'type=<type>[,<option>=<value>...]', snippet: 'type=${1|cache,bind,secret,ssh,tmpfs|}', repeatable: true },
      { name: 'network', value: 'default|none|host', values: ['default', 'none', 'host'] },
      { name: 'security', value: 'sandbox|insecure', values: ['sandbox', 'insecure'] },
    ],
    forms: [SHELL_COMMAND, EXEC],
    snippet: 'RUN ${1:command}',
  },
  CMD: { flags: [], forms: [EXEC, SHELL_COMMAND], snippet: 'CMD ["${1:executable}", "${2:param}"]' },
  ENTRYPOINT: { flags: [], forms: [EXEC, SHELL_COMMAND], snippet: 'ENTRYPOINT ["${1:executable}"]' },
  SHELL: { flags: [], forms: [{ params: [{ label: '["<executable>", "<param>"...]' }] }], snippet: 'SHELL ["${1:/bin/bash}", "-o", "pipefail", "-c"]' },
  LABEL: { flags: [], forms: [{ params: [{ label: '<key>=<value>...', repeat: true }] }], snippet: 'LABEL ${1:org.opencontainers.image.source}="${2:https://github.com/owner/repo}"' },
  EXPOSE: { flags: [], forms: [{ params: [{ label: '<port>[/<protocol>]...', repeat: true }] }], snippet: 'EXPOSE ${1:8080}' },
  ENV: { flags: [], forms: [{ params: [{ label: '<key>=<value>...', repeat: true }] }], snippet: 'ENV ${1:NAME}=${2:value}' },
  ADD: {
    flags: [CHOWN, CHMOD, LINK, { name: 'checksum', value: '<digest>', snippet: 'sha256:${1:digest}' }, { name: 'keep-git-dir' }, EXCLUDE],
    forms: [SRC_DEST],
    snippet: 'ADD ${1:src} ${2:dest}',
  },
  COPY: {
    flags: [{ name: 'from', value: '<stage|image|context>', snippet: '${1:stage}' }, CHOWN, CHMOD, LINK, { name: 'parents' }, EXCLUDE],
    forms: [SRC_DEST],
    snippet: 'COPY ${1:src} ${2:dest}',
  },
  VOLUME: { flags: [], forms: [{ params: [{ label: '<path>...', repeat: true }] }], snippet: 'VOLUME ["${1:/data}"]' },
  USER: { flags: [], forms: [{ params: [{ label: '<user>[:<group>]' }] }], snippet: 'USER ${1:10001}:${2:10001}' },
  WORKDIR: { flags: [], forms: [{ params: [{ label: '<path>' }] }], snippet: 'WORKDIR ${1:/app}' },
  ARG: { flags: [], forms: [{ params: [{ label: '<name>[=<default>]...', repeat: true }] }], snippet: 'ARG ${1:NAME}' },
  ONBUILD: { flags: [], forms: [{ params: [{ label: '<instruction>', repeat: true }] }], snippet: 'ONBUILD ${1:instruction}' },
  STOPSIGNAL: { flags: [], forms: [{ params: [{ label: '<signal>' }] }], snippet: 'STOPSIGNAL ${1:SIGTERM}' },
  HEALTHCHECK: {
    flags: [duration('interval', '30s'), duration('timeout', '5s'), duration('start-period', '30s'), duration('start-interval', '5s'), { name: 'retries', value: '<count>', snippet: '${1:3}' }],
    forms: [{ params: [{ label: 'CMD' }, { label: '<command>', repeat: true }] }, { params: [{ label: 'NONE' }], when: /^NONE$/i }],
    snippet: 'HEALTHCHECK --interval=${1:30s} --timeout=${2:5s} CMD ${3:command}',
  },
  MAINTAINER: { flags: [], forms: [{ params: [{ label: '<name>' }] }], snippet: 'MAINTAINER ${1:name}' },
};

/** Instructions an `ONBUILD` may not wrap. */
export const NOT_IN_ONBUILD = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
/** Deprecated: offered by no completion. */
export const DEPRECATED = new Set(['MAINTAINER']);

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

export interface MountOption {
  key: string;
  /** Placeholder in signatures; undefined for a switch (`rw`). */
  value?: string;
  values?: string[];
  /** Must be given (shown without brackets in the signature). */
  required?: boolean;
  doc: string;
}

const opt = (key: string, doc: string, value?: string, values?: string[]): MountOption => ({ key, doc, value, values });
const TARGET = { ...opt('target', 'Where the mount appears inside the build container.', '<path>'), required: true };
const FROM = opt('from', 'A stage or image to take the source from (the build context by default).', '<stage|image>');
const SOURCE = opt('source', 'Path inside `from` to mount (its root by default).', '<path>');
const MODE = opt('mode', 'Permission bits of the mounted file or directory.', '<mode>');
const UID = opt('uid', 'Owner user id.', '<uid>');
const GID = opt('gid', 'Owner group id.', '<gid>');
const REQUIRED = opt('required', 'Fail the build when the builder is not given it.', undefined, ['true', 'false']);
const ID = (doc: string) => opt('id', doc, '<id>');

export const mountOptions: Record<MountType, MountOption[]> = {
  bind: [TARGET, SOURCE, FROM, opt('rw', 'Allow writes (they are discarded after the command).', undefined, ['true', 'false'])],
  cache: [
    TARGET,
    ID('Cache identity; mounts with the same id share content (the target path by default).'),
    opt('sharing', 'How concurrent builds share the cache: `shared`, `private` or `locked` (one writer at a time).', 'shared|private|locked', ['shared', 'private', 'locked']),
    FROM,
    SOURCE,
    MODE,
    UID,
    GID,
    opt('ro', 'Mount read-only.', undefined, ['true', 'false']),
  ],
  tmpfs: [TARGET, opt('size', 'Upper size limit, in bytes.', '<bytes>')],
  secret: [
    { ...ID('Secret name given to the build with `--secret id=…`.'), required: true },
    opt('target', 'File the secret appears as (`/run/secrets/<id>` by default).', '<path>'),
    opt('env', 'Expose the secret as this environment variable instead of a file.', '<name>'),
    REQUIRED,
    MODE,
    UID,
    GID,
  ],
  ssh: [ID('SSH agent socket or key given to the build with `--ssh id=…` (`default`).'), opt('target', 'Socket path inside the container.', '<path>'), REQUIRED, MODE, UID, GID],
};

export const MOUNT_TYPES = Object.keys(mountOptions) as MountType[];

/** Spelling variants BuildKit accepts for the same option. */
export const MOUNT_KEY_ALIASES: Record<string, string> = { dst: 'target', destination: 'target', src: 'source', readonly: 'ro', readwrite: 'rw' };

export interface PredefinedArg {
  name: string;
  doc: string;
  /** Set in the global scope: visible in FROM, and in a stage only once re-declared with `ARG NAME`. */
  platform: boolean;
}

const platformArg = (name: string, doc: string): PredefinedArg => ({ name, doc, platform: true });
const proxy = (name: string): PredefinedArg => ({ name, doc: 'Proxy setting, predefined: usable without an ARG and kept out of the image history.', platform: false });
const buildkit = (name: string, doc: string): PredefinedArg => ({ name, doc, platform: false });

export const predefinedArgs: PredefinedArg[] = [
  platformArg('TARGETPLATFORM', 'Platform of the image being built (`linux/arm64`).'),
  platformArg('TARGETOS', 'OS of the image being built (`linux`).'),
  platformArg('TARGETARCH', 'Architecture of the image being built (`arm64`).'),
  platformArg('TARGETVARIANT', 'Variant of the target architecture (`v7`).'),
  platformArg('BUILDPLATFORM', 'Platform of the machine running the build (`linux/amd64`).'),
  platformArg('BUILDOS', 'OS of the machine running the build.'),
  platformArg('BUILDARCH', 'Architecture of the machine running the build.'),
  platformArg('BUILDVARIANT', 'Variant of the build architecture.'),
  ...['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((n) => [proxy(n), proxy(n.toLowerCase())]),
  buildkit('BUILDKIT_INLINE_CACHE', 'Set to 1 to write cache metadata into the image (inline cache).'),
  buildkit('BUILDKIT_MULTI_PLATFORM', 'Set to 1 to produce a multi-platform image index even for one platform.'),
  buildkit('BUILDKIT_SYNTAX', 'Frontend image to use, like the `# syntax=` directive.'),
  buildkit('BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'Set to 1 to keep `.git` in a Git build context.'),
  buildkit('BUILDKIT_SANDBOX_HOSTNAME', 'Hostname RUN commands see.'),
];
