/**
 * The document as plain JSON data (merges applied, aliases followed, `!reset` keys dropped), for schema validation
 * and rules that want values. Aliases share nodes, so a small file can stand for a huge value (the YAML "billion
 * laughs"); the logical size is counted first, in time linear in the file, and nothing is built past the limit.
 * (We never call the `yaml` package's `toJS`: this walk applies the same merge view the rules see.)
 */
import { isAlias, isMap, isScalar, isSeq, type Alias, type Node, type Scalar } from 'yaml';
import type { Span } from '../model';
import type { AnchorIndex } from './anchors';
import type { MergeResolver } from './merge';
import { spanOf } from './yaml-nodes';

/** Values (scalars, mappings, sequences) the expanded document may hold. A 5,000-service file needs ~200,000. */
export const MAX_EXPANDED_VALUES = 1_000_000;

export type ComposeValue =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'too-large' | 'recursive'; alias: string; span: Span; size?: number };

export function composeValue(root: Node | null, anchors: AnchorIndex, merges: MergeResolver): ComposeValue {
  const sizes = new Map<Node, number>();
  const active = new Set<Node>();
  let recursive: { alias: string; span: Span } | undefined;
  let largest: { alias: Alias; size: number } | undefined;

  // Logical size of a node, memoised per node: linear however often aliases repeat it. `via` is the `<<` value
  // that merged the node into the mapping being counted, if it was merged.
  const sizeOf = (node: Node | null | undefined, via?: Node): number => {
    if (!node) return 1;
    if (isAlias(node)) {
      const target = anchors.target(node);
      if (!target) return 1;
      if (active.has(target)) {
        recursive ??= { alias: node.source, span: spanOf(node)! };
        return 1;
      }
      const size = sizeOf(target);
      if (!largest || size > largest.size) largest = { alias: node, size };
      return size;
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // A mapping merged into its own value (`&a` on a mapping, `<<: *a` inside it) reaches itself without an alias.
    if (active.has(node)) {
      recursive ??= { alias: isAlias(via) ? via.source : '<<', span: spanOf(via) ?? spanOf(node) ?? { start: 0, end: 0 } };
      return 1;
    }
    active.add(node);
    let size = 1;
    if (isMap(node)) {
      for (const entry of merges.resolve(node)?.entries ?? []) size += sizeOf(entry.written, entry.mergedVia);
      // Merge sources count too: their aliases are followed when the merged view is built.
      for (const pair of node.items) if (isAlias(pair.value)) sizeOf(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) size += sizeOf(item as Node);
    }
    active.delete(node);
    sizes.set(node, size);
    return size;
  };

  const total = sizeOf(root);
  if (recursive) return { ok: false, problem: 'recursive', ...recursive };
  if (total > MAX_EXPANDED_VALUES && largest) {
    return { ok: false, problem: 'too-large', alias: largest.alias.source, span: spanOf(largest.alias)!, size: total };
  }

  const built = new Map<Node, unknown>();
  const build = (node: Node | null | undefined): unknown => {
    const target = anchors.deref(node);
    if (!target) return null;
    if (isScalar(target)) return scalarValue(target);
    const done = built.get(target);
    if (done !== undefined) return done;
    if (isSeq(target)) {
      const list: unknown[] = [];
      built.set(target, list);
      for (const item of target.items) list.push(build(item as Node));
      return list;
    }
    // Null prototype: a key named `__proto__` in the file stays an ordinary key.
    const object: Record<string, unknown> = Object.create(null);
    built.set(target, object);
    for (const entry of merges.resolve(target)?.entries ?? []) object[entry.key] = build(entry.written);
    return object;
  };
  return { ok: true, value: build(root) };
}

/**
 * A tagged scalar keeps its source text as its value; Compose reads a plain `!override 3` as the number 3 and a
 * quoted `!override "3"` as a string, the way the YAML core schema reads untagged scalars.
 */
function scalarValue(scalar: Scalar): unknown {
  const value = scalar.value ?? null;
  if (scalar.tag !== '!override' || scalar.type !== 'PLAIN' || typeof value !== 'string') return value;
  if (/^(?:~|null|Null|NULL)?$/.test(value)) return null;
  if (/^(?:true|True|TRUE|false|False|FALSE)$/.test(value)) return /^t/i.test(value);
  if (/^[-+]?(?:[0-9]+|(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)$/.test(value)) return Number(value);
  return value;
}
