/**
 * Where each alias points. One pass over the document in source order: an alias refers to the last node with its
 * anchor before it (the YAML rule). The `yaml` package's own `Alias.resolve` rescans the document per alias.
 */
import { isAlias, isCollection, isPair, type Alias, type Document, type Node } from 'yaml';

export class AnchorIndex {
  private readonly targets = new Map<Alias, Node>();
  /** Anchored nodes and the aliases that point at them. */
  private readonly uses = new Map<Node, Alias[]>();

  constructor(document: Document.Parsed) {
    const latest = new Map<string, Node>();
    const walk = (node: unknown): void => {
      if (isPair(node)) {
        walk(node.key);
        walk(node.value);
        return;
      }
      if (isAlias(node)) {
        const target = latest.get(node.source);
        if (target) {
          this.targets.set(node, target);
          const list = this.uses.get(target);
          if (list) list.push(node);
          else this.uses.set(target, [node]);
        }
        return;
      }
      const anchored = node as Node | null;
      if (anchored?.anchor) latest.set(anchored.anchor, anchored);
      if (isCollection(node)) for (const item of node.items) walk(item);
    };
    walk(document.contents);
  }

  /** The node an alias stands for; undefined when its anchor is not defined before it. */
  target(alias: Alias): Node | undefined {
    return this.targets.get(alias);
  }

  /** Follows an alias to its node; any other node is returned as is. */
  deref(node: unknown): Node | undefined {
    if (isAlias(node)) return this.targets.get(node);
    return (node ?? undefined) as Node | undefined;
  }

  /** The aliases that point at an anchored node. */
  aliasesOf(node: Node): readonly Alias[] {
    return this.uses.get(node) ?? [];
  }
}
