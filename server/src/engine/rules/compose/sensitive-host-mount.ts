import { defineRule } from '../../define';
import { mountsOf, normalisePath } from '../../compose/mounts';

type MessageId = 'systemPath' | 'credentials';

/** Host directories whose contents let a container read secrets of, or take over, the host. */
const SYSTEM_PATHS: Record<string, string> = {
  '/': 'the whole host filesystem',
  '/etc': 'the host\'s configuration, password hashes and keys',
  '/proc': 'every host process, its environment and memory maps',
  '/sys': 'the kernel\'s and devices\' settings',
  '/dev': 'every host device, disks included',
  '/boot': 'the host\'s kernel and boot loader',
  '/root': 'root\'s home directory, with its keys and shell history',
  '/home': 'every user\'s home directory',
  '/run': 'the host\'s runtime sockets, the container daemon\'s among them',
  '/var/run': 'the host\'s runtime sockets, the container daemon\'s among them',
  '/var/lib/docker': 'every container\'s and image\'s files',
  '/var/lib/kubelet': 'the kubelet\'s state and pod secrets',
  '/etc/shadow': 'the host\'s password hashes',
  '/etc/sudoers': 'who may become root on the host',
  '/etc/ssh': 'the host\'s SSH keys and server settings',
  '/etc/kubernetes': 'the cluster\'s credentials',
};

/** Directories in a home directory that hold credentials. */
const CREDENTIAL_DIRS = ['.ssh', '.aws', '.kube', '.gnupg', '.docker', '.azure', '.config/gcloud', '.password-store', '.netrc', '.git-credentials'];
const HOME = /^(?:~|\/root|\/home\/[^/]+)(?=\/|$)/;

export default defineRule<MessageId>({
  id: 'sensitive-host-mount',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    systemPath: '`{{path}}` is bind-mounted{{readOnly}}: the container sees {{what}}. Mount only the files it needs.',
    credentials: '`{{path}}` is bind-mounted{{readOnly}}: the container can read the credentials in it. Pass the one key it needs as a secret.',
  },
  docs: {
    summary: 'Flags bind mounts of sensitive host paths: `/`, `/etc`, `/proc`, `/sys`, `/dev`, `/root`, `/var/run`, `~/.ssh`, `~/.aws` and the like.',
    why:
      'A bind mount gives the container the host\'s files as they are. System directories let a compromised container read ' +
      'password hashes and keys, see every process, reach the daemon socket or rewrite the host\'s configuration; home ' +
      'directories such as `~/.ssh`, `~/.aws` or `~/.kube` hand over credentials that work far beyond this machine. ' +
      'Read-only mounts still leak everything they contain. Mount the one file a service needs, or use `secrets:`.',
    bad: ['services:\n  backup:\n    image: alpine:3.20\n    volumes:\n      - /etc:/host/etc:ro\n      - ~/.ssh:/root/.ssh\n'],
    good: [
      'services:\n  backup:\n    image: alpine:3.20\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n    secrets: [deploy_key]\nsecrets:\n  deploy_key:\n    file: ./deploy_key\n',
    ],
    references: ['https://docs.docker.com/engine/storage/bind-mounts/', 'https://docs.docker.com/compose/how-tos/use-secrets/'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      for (const mount of mountsOf(compose, service)) {
        if (mount.type !== 'bind' || mount.source === undefined || seen.has(mount.sourceSpan.start)) continue;
        const path = normalisePath(mount.source);
        const readOnly = mount.readOnly ? ' (read-only, which still exposes it)' : '';
        const rest = HOME.test(path) ? path.replace(HOME, '').replace(/^\//, '') : undefined;
        if (path in SYSTEM_PATHS) report({ messageId: 'systemPath', data: { path, readOnly, what: SYSTEM_PATHS[path] }, span: mount.sourceSpan });
        else if (path === '~' || (rest !== undefined && CREDENTIAL_DIRS.some((d) => rest === d || rest.startsWith(`${d}/`)))) {
          report({ messageId: 'credentials', data: { path, readOnly }, span: mount.sourceSpan });
        } else continue;
        seen.add(mount.sourceSpan.start);
      }
    }
  },
});
