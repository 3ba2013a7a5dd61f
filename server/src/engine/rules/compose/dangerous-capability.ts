import { isSeq } from 'yaml';
import { defineRule } from '../../define';
import { literalValue } from '../../compose/interpolation';
import { spanOf, stringValue } from '../../compose/yaml-nodes';

type MessageId = 'capability';

/** Capabilities that amount to root on the host, or close to it. */
const DANGEROUS: Record<string, string> = {
  ALL: 'every capability, as good as `privileged`',
  SYS_ADMIN: 'mounts, namespaces and much more: the classic way out of a container',
  SYS_MODULE: 'loading kernel modules, which run with full kernel rights',
  SYS_PTRACE: 'tracing and injecting code into other processes',
  SYS_RAWIO: 'raw access to devices and I/O ports',
  SYS_BOOT: 'rebooting the host',
  SYS_TIME: 'setting the host\'s clock',
  NET_ADMIN: 'changing the network configuration, firewall and routes of its namespace',
  DAC_READ_SEARCH: 'reading any file past permission checks (and opening host files by handle)',
  BPF: 'loading BPF programs into the kernel',
  PERFMON: 'observing the kernel and other processes',
  MAC_ADMIN: 'changing the mandatory access control (AppArmor, SELinux) policy',
};

export default defineRule<MessageId>({
  id: 'dangerous-capability',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    capability: '`cap_add: {{cap}}` grants {{what}}. Add only the capabilities the service needs.',
  },
  docs: {
    summary: 'Flags `cap_add` entries that give a container host-level power: `ALL`, `SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE`, `SYS_MODULE` and the like.',
    why:
      'Docker drops most Linux capabilities so that root in a container is not root on the host. A few capabilities undo ' +
      'that almost entirely: `SYS_ADMIN` allows mounts and namespace tricks that lead out of the container, `SYS_MODULE` ' +
      'loads kernel code, `SYS_PTRACE` injects code into processes, `ALL` is privileged mode by another name. Grant ' +
      'narrow capabilities (`NET_BIND_SERVICE`, `CHOWN`) and drop the rest with `cap_drop: [ALL]`.',
    bad: ['services:\n  vpn:\n    image: alpine:3.20\n    cap_add: [NET_ADMIN, SYS_ADMIN]\n'],
    good: ['services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]\n'],
    references: ['https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities', 'https://man7.org/linux/man-pages/man7/capabilities.7.html'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const list = service.get('cap_add')?.value;
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        const text = stringValue(compose.deref(item));
        const value = text === undefined ? undefined : literalValue(text);
        const cap = value?.trim().toUpperCase().replace(/^CAP_/, '');
        const span = spanOf(compose.deref(item));
        if (!cap || !(cap in DANGEROUS) || !span || seen.has(span.start)) continue;
        seen.add(span.start);
        report({ messageId: 'capability', data: { cap, what: DANGEROUS[cap] }, span });
      }
    }
  },
});
