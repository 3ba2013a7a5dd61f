import { isMap, isScalar, type Node } from 'yaml';
import { defineRule } from '../../define';
import type { Edit } from '../../model';
import { insertLines, nextLineStart } from '../../fix/edits';
import { closest } from '../../compose/suggest';
import { isPartialProject } from '../../compose/service-facts';
import { appendToMap, canAddLines, indentUnit } from '../../compose/block-edits';
import { SECTION_OF, type ComposeReference } from '../../compose/references';
import type { ComposeModel } from '../../compose/model';

type MessageId = 'undeclared' | 'declare';

export default defineRule<MessageId>({
  id: 'undeclared-compose-resource',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    undeclared: 'The {{kind}} `{{name}}` is not declared under the top-level `{{section}}:`, so Compose refuses the file{{hint}}',
    declare: 'Declare `{{name}}` under the top-level `{{section}}:`',
  },
  docs: {
    summary: 'Flags named volumes, networks, secrets, configs and models that a service uses but the file does not declare.',
    why:
      'A service may only use a named volume, network, secret, config or model that the top-level section of the same ' +
      'name declares; otherwise `docker compose up` stops with "refers to undefined volume" before starting anything. ' +
      'Usually the declaration was forgotten, or a name was misspelt on one side.',
    bad: [
      'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
      'services:\n  api:\n    image: nginx:1.27\n    secrets: [api_key]\n',
    ],
    good: [
      'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n',
      'services:\n  api:\n    image: nginx:1.27\n    networks: [default]\n',
    ],
    fixSafety:
      'Unsafe, for volumes and networks: declaring the name makes Compose create a new, empty volume or network, which is ' +
      'right for a forgotten declaration but not for a misspelt name or a bind mount missing its `./`. Secrets and configs ' +
      'need a source (`file:` or `environment:`) only the author knows: no fix.',
    differences:
      'Files that include others or are layered over a base file (services without `image` or `build`, names such as ' +
      '`compose.override.yaml` or `compose.prod.yaml`) are not checked.',
    references: ['https://docs.docker.com/reference/compose-file/volumes/', 'https://docs.docker.com/reference/compose-file/networks/'],
  },
  check({ compose, project, report }) {
    if (isPartialProject(compose, project.fileName)) return;
    const seen = new Set<string>();
    for (const ref of compose.references) {
      if (ref.kind === 'service' || (ref.kind === 'network' && ref.name === 'default')) continue;
      const section = SECTION_OF[ref.kind];
      const declared = compose.section(section);
      if (declared?.has(ref.name)) continue;
      const key = `${ref.span.start}:${ref.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const to = closest(ref.name, declared?.keys ?? []);
      const edit = ref.kind === 'volume' || ref.kind === 'network' ? declaration(compose, section, ref) : undefined;
      report({
        messageId: 'undeclared',
        data: { kind: ref.kind, name: ref.name, section, hint: to ? ` (did you mean \`${to}\`?)` : '.' },
        span: ref.span,
        fixes: edit ? [{ messageId: 'declare', data: { name: ref.name, section }, safety: 'unsafe', edits: [edit] }] : [],
      });
    }
  },
});

/** `name:` appended to the section, or a new section at the end of the file. */
function declaration(compose: ComposeModel, section: string, ref: ComposeReference): Edit | undefined {
  if (!compose.root || compose.root.flow || !/^[a-zA-Z0-9._-]+$/.test(ref.name) || !canAddLines(compose)) return undefined;
  const unit = ' '.repeat(indentUnit(compose));
  const entry = compose.top?.get(section);
  if (!entry) return insertLines(compose.text, compose.text.length, [`${section}:`, `${unit}${ref.name}:`]);
  if (entry.mergedVia) return undefined;
  if (isEmptyValue(entry.written)) return insertLines(compose.text, nextLineStart(compose.text, entry.keySpan.end), [`${unit}${ref.name}:`]);
  return isMap(entry.written) && entry.written.items.length > 0 ? appendToMap(compose, entry.written, [`${ref.name}:`]) : undefined;
}

/** `volumes:` with nothing after it (not `~` or `null`, which a new line below could not extend). */
function isEmptyValue(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
}
