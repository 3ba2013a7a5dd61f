import { isMap } from 'yaml';
import { defineRule } from '../../define';
import type { Edit } from '../../model';
import { replace } from '../../fix/edits';
import { isAllInterfaces, portsOf, type PortMapping } from '../../compose/ports';
import { dataServiceOfService } from '../../compose/service-facts';
import { appendToMap } from '../../compose/block-edits';
import { spanOf } from '../../compose/yaml-nodes';
import type { ComposeModel } from '../../compose/model';

type MessageId = 'allInterfaces' | 'bindLocalhost';

export default defineRule<MessageId>({
  id: 'database-port-on-all-interfaces',
  language: 'compose',
  aliases: ['no-unbound-port-interfaces'],
  category: 'security',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    allInterfaces:
      '`{{service}}` publishes {{label}}\'s port {{port}} on every interface of the host: anyone who can reach the machine can connect to it. Bind it to `127.0.0.1`, or drop it (other services reach `{{service}}:{{port}}` over the Compose network).',
    bindLocalhost: 'Publish on 127.0.0.1 only',
  },
  docs: {
    summary: 'Flags a database, cache or queue port published on all host interfaces.',
    why:
      'A published port listens on every interface of the host unless an address is given, and Docker\'s firewall rules ' +
      'bypass host firewalls such as ufw. A development database with a simple password, or a Redis with none, is then ' +
      'open to the office network, the café Wi-Fi or the internet; such services are scanned and taken over within hours. ' +
      'Other services in the file need no published port at all: they reach the database by its service name.',
    bad: ['services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n'],
    good: ['services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n', 'services:\n  db:\n    image: postgres:16\n    expose:\n      - "5432"\n'],
    fixSafety:
      'Unsafe: binding to 127.0.0.1 is what a development setup wants, but it stops clients on other machines (or in ' +
      'other VMs) that relied on the open port. The fix edits only the port entry: it inserts `127.0.0.1:` in the short ' +
      'form (quoting it when it was not) or adds `host_ip: 127.0.0.1` to the long form.',
    differences:
      'dclint\'s `no-unbound-port-interfaces` asks for an address on every published port; Shipshape only flags the ports ' +
      'of well-known databases, caches, queues and search engines, where an open port is a real exposure.',
    references: ['https://docs.docker.com/reference/compose-file/services/#ports', 'https://docs.docker.com/engine/network/packet-filtering-firewalls/'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const data = dataServiceOfService(compose, service);
      if (!data) continue;
      for (const mapping of portsOf(compose, service).mappings) {
        const port = data.ports.find((p) => mapping.target.start <= p && p <= mapping.target.end);
        if (port === undefined || !isAllInterfaces(mapping.hostIp) || seen.has(mapping.itemSpan.start)) continue;
        seen.add(mapping.itemSpan.start);
        const edit = bindToLocalhost(compose, mapping);
        report({
          messageId: 'allInterfaces',
          data: { service: service.name, label: data.label, port },
          span: mapping.publishedSpan,
          fixes: edit ? [{ messageId: 'bindLocalhost', safety: 'unsafe', edits: [edit] }] : [],
        });
      }
    }
  },
});

function bindToLocalhost(compose: ComposeModel, mapping: PortMapping): Edit | undefined {
  const { text } = compose;
  if (mapping.scalar) {
    const scalar = mapping.scalar;
    const whole = spanOf(scalar)!;
    const value = String(scalar.value);
    const source = text.slice(whole.start, whole.end);
    const bound = `127.0.0.1:${mapping.published ? value.replace(/^(?:\[?::\]?|0\.0\.0\.0):/, '') : `:${value}`}`;
    if (scalar.type === 'PLAIN' && source === value) return replace(whole, `"${bound}"`);
    const quoted = (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') && source.slice(1, -1) === value;
    return quoted ? replace({ start: whole.start + 1, end: whole.end - 1 }, bound) : undefined;
  }
  const map = compose.deref(mapping.item);
  if (!isMap(map) || map.flow) return undefined;
  const hostIp = compose.resolve(map)?.get('host_ip');
  if (hostIp) return hostIp.mergedVia ? undefined : replace(hostIp.valueSpan, '127.0.0.1');
  return appendToMap(compose, map, ['host_ip: 127.0.0.1']);
}
