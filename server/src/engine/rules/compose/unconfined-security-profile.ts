import { isSeq } from 'yaml';
import { defineRule } from '../../define';
import { literalValue } from '../../compose/interpolation';
import { spanOf, stringValue } from '../../compose/yaml-nodes';

type MessageId = 'unconfined';

/** `seccomp:unconfined`, `apparmor=unconfined`, `label:disable`, `systempaths=unconfined` (either separator). */
const UNCONFINED = /^(seccomp|apparmor|systempaths)[:=]unconfined$|^(label)[:=]disable$/i;

const WHAT: Record<string, string> = {
  seccomp: 'the seccomp filter that blocks dangerous system calls (mount, kernel keyrings, module loading…)',
  apparmor: 'the AppArmor profile that confines what the container may touch',
  systempaths: 'the masking of sensitive /proc and /sys paths',
  label: 'SELinux separation between the container and the host',
};

export default defineRule<MessageId>({
  id: 'unconfined-security-profile',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unconfined: '`{{option}}` turns off {{what}}.',
  },
  docs: {
    summary: 'Flags `security_opt` entries that turn off seccomp, AppArmor, SELinux labels or masked paths.',
    why:
      'Docker\'s default seccomp profile, AppArmor profile and SELinux labels stop a process in the container from using ' +
      'the kernel features most escapes rely on, at no cost to ordinary applications. `unconfined` removes that layer for ' +
      'the whole container; when one system call is missing, a custom profile that allows just it keeps the rest.',
    bad: ['services:\n  app:\n    image: nginx:1.27\n    security_opt:\n      - seccomp:unconfined\n'],
    good: ['services:\n  app:\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges:true\n'],
    references: ['https://docs.docker.com/engine/security/seccomp/', 'https://docs.docker.com/engine/security/apparmor/'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      const list = service.get('security_opt')?.value;
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        const text = stringValue(compose.deref(item));
        const option = text === undefined ? undefined : literalValue(text)?.trim();
        const match = option === undefined ? null : UNCONFINED.exec(option);
        const span = spanOf(compose.deref(item));
        if (!match || !span || seen.has(span.start)) continue;
        seen.add(span.start);
        report({ messageId: 'unconfined', data: { option: option!, what: WHAT[(match[1] ?? match[2]).toLowerCase()] }, span });
      }
    }
  },
});
