/**
 * Paths into a Compose file. A *logical* path (`services/api/restart`) is what Compose and the schema see: merges
 * applied, aliases followed. `locate` maps one back to where the user wrote it, which may be inside an `x-` anchor.
 * A *source* path is where a node sits in the text, for editor features.
 */
import { isMap, isSeq, isScalar, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../model';
import type { AnchorIndex } from './anchors';
import type { ComposeEntry, MergeResolver } from './merge';
import { keyText, spanOf } from './yaml-nodes';

export type PathSegment = string | number;

export interface Located {
  /** The node at the path, aliases followed; null for an empty value. */
  node: Node | null;
  /** Where the value is written (the alias, when it is one). */
  span: Span;
  /** The mapping entry the path ends in, when its last segment is a key. */
  entry?: ComposeEntry;
}

/** Follows a logical path from the root; undefined when it leads nowhere. */
export function locate(root: Node | null, path: readonly PathSegment[], anchors: AnchorIndex, merges: MergeResolver): Located | undefined {
  const start = spanOf(root) ?? { start: 0, end: 0 };
  let here: Located = { node: anchors.deref(root) ?? null, span: start };
  for (const segment of path) {
    const node = here.node;
    if (isSeq(node) && typeof segment === 'number') {
      const written = node.items[segment] as Node | undefined;
      if (written === undefined) return undefined;
      here = { node: anchors.deref(written) ?? null, span: spanOf(written) ?? here.span };
    } else if (isMap(node)) {
      const entry = merges.resolve(node)?.get(String(segment));
      if (!entry) return undefined;
      here = { node: entry.value, span: entry.valueSpan, entry };
    } else {
      return undefined;
    }
  }
  return here;
}

export interface SourceStep {
  /** The collection this step goes into. */
  parent: YAMLMap | Node;
  segment: PathSegment;
}

/** Where nodes sit in the text: parent links built in one pass, on first use. */
export class SourceIndex {
  private readonly steps = new Map<Node, SourceStep>();

  constructor(root: Node | null) {
    const walk = (node: Node | null, depth: number): void => {
      if (!node || depth > 10_000) return;
      if (isMap(node)) {
        for (const pair of node.items as Pair[]) {
          const key = keyText(pair.key);
          if (key === undefined) continue;
          if (isScalar(pair.key)) this.steps.set(pair.key, { parent: node, segment: key });
          const value = pair.value as Node | null;
          if (value) {
            this.steps.set(value, { parent: node, segment: key });
            walk(value, depth + 1);
          }
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          this.steps.set(item as Node, { parent: node, segment: index });
          walk(item as Node, depth + 1);
        });
      }
    };
    walk(root, 0);
  }

  /** The source path of a node (a key node gives the path of its entry). */
  pathOf(node: Node): PathSegment[] | undefined {
    const path: PathSegment[] = [];
    let current: Node | undefined = node;
    let step = this.steps.get(current);
    if (!step) return undefined;
    while (step) {
      path.unshift(step.segment);
      current = step.parent;
      step = this.steps.get(current);
    }
    return path;
  }

  parentOf(node: Node): SourceStep | undefined {
    return this.steps.get(node);
  }
}

/** The innermost node whose source span contains the offset, with whether the offset is on a mapping key. */
export interface NodeAtOffset {
  node: Node;
  path: PathSegment[];
  onKey: boolean;
  /** The key node, when `onKey`. */
  key?: Scalar;
}

export function nodeAtOffset(root: Node | null, offset: number): NodeAtOffset | undefined {
  const inside = (node: unknown) => {
    const span = spanOf(node as Node);
    return !!span && offset >= span.start && offset <= span.end;
  };
  if (!root || !inside(root)) return undefined;
  let found: NodeAtOffset = { node: root, path: [], onKey: false };
  for (;;) {
    const node: Node = found.node;
    let next: NodeAtOffset | undefined;
    if (isMap(node)) {
      for (const pair of node.items as Pair[]) {
        const key = keyText(pair.key);
        if (key === undefined) continue;
        if (isScalar(pair.key) && inside(pair.key)) return { node: pair.key, path: [...found.path, key], onKey: true, key: pair.key };
        if (pair.value && inside(pair.value)) next = { node: pair.value as Node, path: [...found.path, key], onKey: false };
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (inside(item)) next = { node: item as Node, path: [...found.path, index], onKey: false };
      });
    }
    if (!next) return found;
    found = next;
  }
}
