import { defineRule } from '../../define';
import { mountsOf, normalisePath } from '../../compose/mounts';

type MessageId = 'socket';

/** The sockets of the Docker and Podman daemons (rootful and rootless). */
const DAEMON_SOCKET = /^(?:\/var)?\/run\/(?:docker|podman\/podman|user\/\d+\/(?:docker|podman\/podman))\.sock$|^~\/\.docker\/run\/docker\.sock$/;

export default defineRule<MessageId>({
  id: 'docker-socket-mount',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    socket: '`{{service}}` mounts the {{daemon}} socket `{{path}}`: whoever controls the container controls the daemon, which is root on the host{{readOnly}}.',
  },
  docs: {
    summary: 'Flags a service that mounts the Docker or Podman daemon socket.',
    why:
      'The daemon socket is the daemon\'s full API: a process that can write to it can start a privileged container ' +
      'that mounts the host\'s root filesystem, so a compromised service becomes a compromised host. Mounting it ' +
      'read-only changes nothing (API calls are writes to the socket). Tools that need it (reverse proxies, CI runners) ' +
      'are better served by a socket proxy that allows only the calls they make, or rootless Docker.',
    bad: ['services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n'],
    good: ['services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - ./traefik.yml:/etc/traefik/traefik.yml:ro\n'],
    references: ['https://docs.docker.com/engine/security/#docker-daemon-attack-surface', 'https://docs.docker.com/engine/security/protect-access/'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      for (const mount of mountsOf(compose, service)) {
        if (mount.type !== 'bind' && mount.form === 'long') continue;
        const path = mount.source === undefined ? undefined : normalisePath(mount.source);
        if (!path || !DAEMON_SOCKET.test(path) || seen.has(mount.sourceSpan.start)) continue;
        seen.add(mount.sourceSpan.start);
        report({
          messageId: 'socket',
          data: { service: service.name, path, daemon: path.includes('podman') ? 'Podman' : 'Docker', readOnly: mount.readOnly ? ' (read-only does not help: API calls are writes)' : '' },
          span: mount.sourceSpan,
        });
      }
    }
  },
});
