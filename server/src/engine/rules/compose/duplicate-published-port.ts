import { isSeq } from 'yaml';
import { defineRule } from '../../define';
import { isAllInterfaces, portsOf, type PortMapping } from '../../compose/ports';
import type { ComposeModel, ComposeService } from '../../compose/model';
import { stringValue } from '../../compose/yaml-nodes';

type MessageId = 'taken' | 'takenHere';

/** Ranges are expanded port by port; past this many ports in one file, further ranges are not checked. */
const MAX_EXPANDED_PORTS = 200_000;
/** Owners remembered per port and address: enough to tell profiles apart, few enough to stay linear. */
const MAX_OWNERS = 8;

interface Owner {
  service: string;
  /** The address it binds, `''` for all interfaces. */
  ip: string;
  profiles: readonly string[];
  line: number;
}

export default defineRule<MessageId>({
  id: 'duplicate-published-port',
  language: 'compose',
  aliases: ['no-duplicate-exported-ports'],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    taken: 'Host port {{port}}/{{protocol}} is already published by `{{other}}` (line {{line}}): whichever container starts second fails with "port is already allocated".',
    takenHere: 'Host port {{port}}/{{protocol}} is already published by this service (line {{line}}): the container fails to start with "port is already allocated".',
  },
  docs: {
    summary: 'Flags a host port published twice, by two services or twice by one.',
    why:
      'Only one socket can listen on a host address and port. When two mappings publish the same host port (on the same ' +
      'address, or one of them on all interfaces) the container that starts second fails with "port is already ' +
      'allocated", and which one that is depends on start-up order. Ranges count port by port, and TCP and UDP are ' +
      'separate.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  admin:\n    image: nginx:1.27\n    ports: ["8080:8080"]\n'],
    good: [
      'services:\n  api:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  admin:\n    image: nginx:1.27\n    ports: ["8081:8080"]\n',
      'services:\n  dns:\n    image: coredns/coredns:1.11.1\n    ports: ["53:53/udp", "53:53/tcp"]\n',
      'services:\n  a:\n    image: nginx:1.27\n    ports: ["127.0.0.1:8080:80"]\n  b:\n    image: nginx:1.27\n    ports: ["127.0.0.2:8080:80"]\n',
    ],
    differences:
      'Mappings with variables (`${API_PORT:-8080}:8080`) are left alone: their port is only known at `up`. Services whose ' +
      '`profiles` never run together are not compared.',
    references: ['https://docs.docker.com/reference/compose-file/services/#ports'],
  },
  check({ compose, report }) {
    // Per host port and protocol: who publishes it on all interfaces, and who on each address.
    const owners = new Map<string, { all: Owner[]; byIp: Map<string, Owner[]> }>();
    let budget = MAX_EXPANDED_PORTS;
    for (const service of compose.services) {
      const profiles = profilesOf(compose, service);
      for (const mapping of portsOf(compose, service).mappings) {
        const published = mapping.published;
        if (!published) continue;
        const size = published.end - published.start + 1;
        if (size > 1 && (budget -= size) < 0) continue;
        const owner: Owner = { service: service.name, ip: mapping.hostIp, profiles, line: compose.lines.positionAt(mapping.itemSpan.start).line + 1 };
        let reported = false;
        for (let port = published.start; port <= published.end; port++) {
          const key = `${port}/${mapping.protocol}`;
          let slot = owners.get(key);
          if (!slot) owners.set(key, (slot = { all: [], byIp: new Map() }));
          const wildcard = isAllInterfaces(owner.ip);
          const clash = !reported && candidates(slot, owner, wildcard).find((other) => runTogether(owner, other));
          if (clash) {
            reported = true;
            report(finding(mapping, port, clash, service.name));
          }
          const group = slot.byIp.get(wildcard ? '' : owner.ip);
          if (!group) slot.byIp.set(wildcard ? '' : owner.ip, [owner]);
          else if (group.length < MAX_OWNERS) group.push(owner);
          if (slot.all.length < MAX_OWNERS) slot.all.push(owner);
        }
      }
    }
  },
});

function finding(mapping: PortMapping, port: number, other: Owner, service: string) {
  const data = { port, protocol: mapping.protocol, other: other.service, line: other.line };
  return { messageId: other.service === service ? ('takenHere' as const) : ('taken' as const), data, span: mapping.publishedSpan };
}

/** Earlier owners on an address that overlaps: any of them for all interfaces, else those on all or the same one. */
function candidates(slot: { all: Owner[]; byIp: Map<string, Owner[]> }, owner: Owner, wildcard: boolean): Owner[] {
  return wildcard ? slot.all : [...(slot.byIp.get('') ?? []), ...(slot.byIp.get(owner.ip) ?? [])];
}

function runTogether(a: Owner, b: Owner): boolean {
  return a.profiles.length === 0 || b.profiles.length === 0 || a.profiles.some((p) => b.profiles.includes(p));
}

function profilesOf(compose: ComposeModel, service: ComposeService): string[] {
  const list = compose.deref(service.get('profiles')?.value);
  return isSeq(list) ? list.items.flatMap((item) => stringValue(compose.deref(item)) ?? []) : [];
}
