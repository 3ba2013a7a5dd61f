import { isAlias, isMap, isSeq, visit, type Node, type Pair, type YAMLMap } from 'yaml';
import { defineRule } from '../../define';
import type { Edit } from '../../model';
import { fullLines, remove, replace } from '../../fix/edits';
import { isMergeKey } from '../../compose/merge';
import type { ComposeModel } from '../../compose/model';
import { spanOf } from '../../compose/yaml-nodes';

type MessageId = 'repeatedMerge' | 'combineMerges';

export default defineRule<MessageId>({
  id: 'repeated-merge-key',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    repeatedMerge: 'A second `<<` merge key in one mapping: Compose refuses it. List the anchors in one key: `<<: [{{aliases}}]`.',
    combineMerges: 'Combine into `<<: [{{aliases}}]`',
  },
  docs: {
    summary: 'Flags a mapping with more than one `<<` merge key.',
    why:
      'A merge key is still a key, and a mapping may hold each key once. Some YAML libraries quietly merge both, so the file ' +
      'looks right in an editor, but Compose stops with "mapping key `<<` already defined". To merge several anchors, list ' +
      'them in one merge key; the first one listed wins where they set the same key.',
    bad: ['x-base: &base\n  restart: unless-stopped\nx-logs: &logs\n  logging:\n    driver: local\nservices:\n  api:\n    <<: *base\n    <<: *logs\n    image: nginx:1.27\n'],
    good: ['x-base: &base\n  restart: unless-stopped\nx-logs: &logs\n  logging:\n    driver: local\nservices:\n  api:\n    <<: [*base, *logs]\n    image: nginx:1.27\n'],
    fixSafety:
      'Safe when the merged anchors set different keys: the result is exactly what the separate keys meant. Unsafe when they ' +
      'set the same key, since in `<<: [*a, *b]` the first anchor wins and the author may have meant the other. No fix when a ' +
      'merge value is not an alias (an inline mapping) or a removed line holds a comment.',
    references: ['https://yaml.org/type/merge.html', 'https://docs.docker.com/reference/compose-file/fragments/'],
  },
  check({ compose, report }) {
    visit(compose.document, {
      Map(_, map) {
        if (!isMap(map)) return;
        const merges = (map.items as Pair[]).filter(isMergeKey);
        if (merges.length < 2) return;
        const aliases = merges.flatMap((pair) => aliasNames(pair.value as Node | null) ?? []);
        const fix = combine(compose, map, merges);
        report({
          messageId: 'repeatedMerge',
          data: { aliases: aliases.map((a) => `*${a}`).join(', ') },
          span: spanOf(merges[1].key as Node)!,
          fixes: fix ? [{ messageId: 'combineMerges', data: { aliases: fix.aliases }, safety: fix.overlapping ? 'unsafe' : 'safe', edits: fix.edits }] : [],
        });
      },
    });
  },
});

/** `*a` → [a]; `[*a, *b]` → [a, b]; anything else (an inline mapping) → undefined. */
function aliasNames(value: Node | null): string[] | undefined {
  if (isAlias(value)) return [value.source];
  if (isSeq(value) && value.items.every(isAlias)) return value.items.map((item) => (item as { source: string }).source);
  return undefined;
}

/** One `<<: [*a, *b]` in place of the first merge key; the other merge keys' lines removed. */
function combine(compose: ComposeModel, map: YAMLMap, merges: Pair[]): { aliases: string; edits: Edit[]; overlapping: boolean } | undefined {
  const names = merges.map((pair) => aliasNames(pair.value as Node | null));
  // An alias without a name (`<<: *`) is a YAML error already: there is nothing to combine.
  if (map.flow || names.some((n) => n === undefined || n.includes(''))) return undefined;
  const aliases = names.flat().map((a) => `*${a}`).join(', ');
  const firstValue = spanOf(merges[0].value as Node);
  if (!firstValue) return undefined;
  const edits: Edit[] = [replace(firstValue, `[${aliases}]`)];
  for (const pair of merges.slice(1)) {
    const start = spanOf(pair.key as Node)!.start;
    const end = spanOf(pair.value as Node)?.end ?? start;
    const lines = fullLines(compose.text, { start, end });
    const rest = compose.text.slice(lines.start, lines.end);
    // Only whole lines holding nothing but this merge key are removed: a comment there would be lost.
    if (rest.includes('#') || compose.text.slice(lines.start, start).trim() !== '') return undefined;
    edits.push(remove(lines));
  }
  // Do two anchors set the same key? Then the order decides which value wins.
  const seen = new Set<string>();
  let overlapping = false;
  for (const source of merges.flatMap((pair) => compose.merges.mergeSources(pair.value as Node | null))) {
    for (const key of compose.resolve(source)?.keys ?? []) {
      if (seen.has(key)) overlapping = true;
      seen.add(key);
    }
  }
  return { aliases, edits, overlapping };
}
