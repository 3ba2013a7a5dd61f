import { isMap, isScalar } from 'yaml';
import { defineRule } from '../../define';
import { lineStartAt, replace } from '../../fix/edits';
import type { ComposeModel } from '../../compose/model';
import type { ComposeEntry } from '../../compose/merge';

type MessageId = 'externalName' | 'moveName';

const SECTIONS = ['volumes', 'networks', 'secrets', 'configs'] as const;

export default defineRule<MessageId>({
  id: 'deprecated-external-name',
  language: 'compose',
  aliases: [],
  category: 'maintainability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    externalName: '`external.name` is deprecated: write `external: true` and give the name as `name: {{name}}` beside it.',
    moveName: 'Use `external: true` with `name: {{name}}`',
  },
  docs: {
    summary: 'Flags the deprecated `external: { name: … }` form of external volumes, networks, secrets and configs.',
    why:
      'The Compose Specification moved the real name of a resource to the resource\'s own `name:` key, which works for ' +
      'external and project resources alike. Compose still reads `external.name` but warns about it, and tools that follow ' +
      'the specification may not read it at all.',
    bad: ['services:\n  api:\n    image: nginx:1.27\n    networks: [proxy]\nnetworks:\n  proxy:\n    external:\n      name: traefik_proxy\n'],
    good: ['services:\n  api:\n    image: nginx:1.27\n    networks: [proxy]\nnetworks:\n  proxy:\n    external: true\n    name: traefik_proxy\n'],
    fixSafety:
      'Safe: both forms name the same existing resource. No fix when the resource already has a `name:`, when the ' +
      'replaced text holds a comment, or when the resource is written as a flow mapping.',
    references: ['https://docs.docker.com/reference/compose-file/networks/#external'],
  },
  check({ compose, report }) {
    for (const section of SECTIONS) {
      for (const resource of compose.declared(section)) {
        const external = compose.resolve(resource.value)?.get('external');
        const name = compose.resolve(external?.value)?.get('name');
        const value = compose.deref(name?.value);
        if (!external || !name || !isScalar(value) || value.value === null) continue;
        const edit = moveName(compose, resource, external, String(value.value));
        report({
          messageId: 'externalName',
          data: { name: String(value.value) },
          span: name.keySpan,
          fixes: edit ? [{ messageId: 'moveName', data: { name: String(value.value) }, safety: 'safe', edits: [edit] }] : [],
        });
      }
    }
  },
});

/** `external:\n  name: x` (or `external: {name: x}`) → `external: true\nname: x`, at the key's indentation. */
function moveName(compose: ComposeModel, resource: ComposeEntry, external: ComposeEntry, name: string) {
  const { text } = compose;
  const map = compose.resolve(external.value)!;
  if (external.mergedVia || !isMap(resource.written) || resource.written.flow || map.keys.length !== 1 || compose.resolve(resource.value)?.has('name')) return undefined;
  const start = external.keySpan.end;
  let end = external.valueSpan.end;
  // A block mapping's range runs to the start of the next line.
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (text.slice(start, end).includes('#') || !/^[a-zA-Z0-9._-]+$/.test(name)) return undefined;
  const indent = text.slice(lineStartAt(text, external.keySpan.start), external.keySpan.start);
  if (indent.trim() !== '') return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return replace({ start, end }, `: true${eol}${indent}name: ${name}`);
}
