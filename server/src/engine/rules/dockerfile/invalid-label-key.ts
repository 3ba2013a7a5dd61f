import { defineRule, type FixSpec } from '../../define';
import type { Span } from '../../model';
import { keyValuePairsOf, unquote } from '../../parse/variables';
import { replace } from '../../fix/edits';

type MessageId = 'badCharacters' | 'reservedNamespace' | 'rename';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

export default defineRule<MessageId>({
  id: 'invalid-label-key',
  language: 'dockerfile',
  aliases: ['DL3048'],
  category: 'style',
  severity: 'hint',
  fixable: 'sometimes',
  messages: {
    badCharacters:
      'Label key `{{key}}` breaks Docker\'s key format: lower-case letters, digits, `.` and `-`, starting with a letter, ending with a letter or digit, no `..` or `--`.',
    reservedNamespace: 'Label key `{{key}}` is in the `{{namespace}}` namespace, which Docker reserves for its own labels.',
    rename: 'Rename to `{{key}}`',
  },
  docs: {
    summary: 'Flags LABEL keys that do not follow Docker\'s key format or use a namespace Docker reserves.',
    why:
      'Labels are read by tools: registries, scanners, orchestrators and `docker inspect --format`. Docker\'s guidelines ' +
      'ask for lower-case reverse-DNS keys (`org.opencontainers.image.source`, `com.example.team`) so that keys from ' +
      'different owners never collide and can be matched exactly; `Version` and `version` would be two different labels. ' +
      'The `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces belong to Docker.',
    bad: ['FROM alpine:3.20\nLABEL Maintainer="team@example.com" build_date="2024-05-01"'],
    good: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="team@example.com" org.opencontainers.image.created="2024-05-01T00:00:00Z"'],
    fixSafety:
      'Unsafe: the fix lower-cases the key and replaces other characters with `-`, but anything that reads the old key ' +
      '(a deploy script, a registry policy) has to be changed with it. Reserved namespaces get no fix.',
    references: ['https://docs.docker.com/engine/manage-resources/labels/#key-format-recommendations'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'LABEL') continue;
      // Split as BuildKit splits, at any white space (`LABEL s\u2029v` is the legacy form, key `s`).
      for (const pair of keyValuePairsOf(instruction, dockerfile.text, dockerfile.escapeChar).pairs) {
        if (pair.key.includes('$')) continue;
        const { keySpan } = pair;
        const key = unquote(pair.key, dockerfile.escapeChar);
        const namespace = RESERVED.find((r) => key.startsWith(r));
        if (namespace) report({ messageId: 'reservedNamespace', data: { key, namespace: namespace.slice(0, -1) }, span: keySpan });
        else if (!isValidKey(key)) report({ messageId: 'badCharacters', data: { key }, span: keySpan, fixes: writtenPlainOrQuoted(dockerfile.text.slice(keySpan.start, keySpan.end), key) ? renameFix(key, keySpan) : [] });
      }
    }
  },
});

function isValidKey(key: string): boolean {
  return /^[a-z]([a-z0-9.-]*[a-z0-9])?$/.test(key) && !key.includes('..') && !key.includes('--');
}

/** The key is written as is or inside one pair of quotes; an unclosed quote (`'k=`) is left to the author. */
function writtenPlainOrQuoted(written: string, key: string): boolean {
  return !/["']/.test(key) && (written === key || written === `"${key}"` || written === `'${key}'`);
}

function renameFix(key: string, span: Span): FixSpec<MessageId>[] {
  const normalised = key
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/([.-])[.-]+/g, '$1')
    .replace(/^[^a-z]+|[^a-z0-9]+$/g, '');
  if (!isValidKey(normalised) || RESERVED.some((r) => normalised.startsWith(r))) return [];
  return [{ messageId: 'rename', data: { key: normalised }, safety: 'unsafe', edits: [replace(span, normalised)] }];
}
