/**
 * The merged view of a mapping: its own keys plus those pulled in by `<<` merge keys, each entry remembering where
 * it was written. Same precedence as Compose and the `yaml` package: own keys win over merged ones, and among
 * merged mappings the earlier one wins (`<<: [*a, *b]`: a over b). `!reset` on an own key drops that key.
 */
import { isMap, isSeq, isScalar, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../model';
import type { AnchorIndex } from './anchors';
import { isReset, keyText, spanOf } from './yaml-nodes';

export const MERGE_KEY = '<<';

export interface ComposeEntry {
  /** The key as Compose reads it. */
  key: string;
  /** Where the key is written: inside an anchored mapping when the entry came through a merge. */
  keyNode: Scalar;
  keySpan: Span;
  /** The value as written (possibly an alias); null when the key has no value (`pgdata:`). */
  written: Node | null;
  /** The value with aliases followed. */
  value: Node | null;
  /** Where the value is written; the key's span when the value is empty. */
  valueSpan: Span;
  pair: Pair;
  /** For merged entries: the `<<` value in the resolved mapping that brought this entry in. */
  mergedVia?: Node;
}

export class MergedMap {
  private readonly byKey = new Map<string, ComposeEntry>();

  constructor(readonly entries: readonly ComposeEntry[]) {
    for (const entry of entries) this.byKey.set(entry.key, entry);
  }

  get(key: string): ComposeEntry | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get keys(): string[] {
    return this.entries.map((e) => e.key);
  }
}

export const EMPTY_MERGED_MAP = new MergedMap([]);

export class MergeResolver {
  private readonly cache = new Map<YAMLMap, MergedMap>();
  private readonly inProgress = new Set<YAMLMap>();
  /** Anchored mappings and the mappings they are merged into (for hover and completion inside `x-` anchors). */
  readonly mergedInto = new Map<YAMLMap, YAMLMap[]>();

  constructor(private readonly anchors: AnchorIndex) {}

  /** The merged view of a mapping (aliases followed); undefined when the node is not a mapping. */
  resolve(node: unknown): MergedMap | undefined {
    const map = this.anchors.deref(node);
    if (!isMap(map)) return undefined;
    const cached = this.cache.get(map);
    if (cached) return cached;
    // A mapping that merges itself (through an alias to an ancestor) contributes nothing the second time round.
    if (this.inProgress.has(map)) return EMPTY_MERGED_MAP;
    this.inProgress.add(map);
    try {
      const merged = new MergedMap(this.entriesOf(map));
      this.cache.set(map, merged);
      return merged;
    } finally {
      this.inProgress.delete(map);
    }
  }

  /** The mappings a `<<` value names: one mapping, an alias to one, or a sequence of those. */
  mergeSources(value: Node | null): YAMLMap[] {
    const target = this.anchors.deref(value);
    if (isMap(target)) return [target];
    if (isSeq(target)) return target.items.map((item) => this.anchors.deref(item)).filter((m): m is YAMLMap => isMap(m));
    return [];
  }

  private entriesOf(map: YAMLMap): ComposeEntry[] {
    const own = new Map<string, ComposeEntry | null>();
    const merges: Pair[] = [];
    for (const pair of map.items as Pair[]) {
      const key = keyText(pair.key);
      if (key === undefined) continue;
      if (isMergeKey(pair)) {
        merges.push(pair);
        continue;
      }
      // A duplicate key is an error of its own; the last one is what the `yaml` package keeps.
      own.set(key, isReset(pair.value as Node | null) ? null : this.entryOf(key, pair));
    }
    const result = new Map<string, ComposeEntry>();
    for (const [key, entry] of own) if (entry) result.set(key, entry);
    for (const pair of merges) {
      const via = (pair.value ?? null) as Node | null;
      for (const source of this.mergeSources(via)) {
        const list = this.mergedInto.get(source);
        if (list) list.includes(map) || list.push(map);
        else this.mergedInto.set(source, [map]);
        for (const entry of this.resolve(source)?.entries ?? []) {
          if (own.has(entry.key) || result.has(entry.key)) continue;
          result.set(entry.key, { ...entry, mergedVia: via ?? undefined });
        }
      }
    }
    return [...result.values()];
  }

  private entryOf(key: string, pair: Pair): ComposeEntry {
    const keyNode = pair.key as Scalar;
    const keySpan = spanOf(keyNode)!;
    const written = (pair.value ?? null) as Node | null;
    const writtenSpan = spanOf(written);
    return {
      key,
      keyNode,
      keySpan,
      written,
      value: this.anchors.deref(written) ?? null,
      valueSpan: writtenSpan && writtenSpan.end > writtenSpan.start ? writtenSpan : keySpan,
      pair,
    };
  }
}

/** A plain `<<` key is a merge key (the `yaml` package gives it a symbol value); a quoted one is an ordinary key. */
export function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol' && pair.key.value.description === MERGE_KEY;
}
