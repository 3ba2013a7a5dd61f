/**
 * The logical path of a node written in the text: where Compose sees it once merges and aliases are applied.
 * A key inside `x-common: &common` merged into service `api` has the logical path `services/api/<key>`, so hover
 * and completion can explain it as a service key. Nodes outside `x-` extension blocks keep their source path.
 */
import { isMap, type Node } from 'yaml';
import type { ComposeModel } from '../model';
import type { PathSegment } from '../paths';

export function logicalPathOf(model: ComposeModel, node: Node): PathSegment[] | undefined {
  const source = model.pathOf(node);
  if (!source || !String(source[0]).startsWith('x-')) return source;
  void model.value; // resolves every merge, so `mergedInto` knows where each anchored mapping is used
  const tail: PathSegment[] = [];
  let current: Node = node;
  for (let guard = 0; guard < 200; guard++) {
    const into = (isMap(current) ? model.merges.mergedInto.get(current)?.[0] : undefined) ?? model.anchors.aliasesOf(current)[0];
    if (into) {
      const path = withoutMergeKey(model.pathOf(into));
      if (path && !String(path[0]).startsWith('x-')) return [...path, ...tail];
      current = into;
      continue;
    }
    const step = model.sources.parentOf(current);
    if (!step) return source;
    tail.unshift(step.segment);
    current = step.parent as Node;
  }
  return source;
}

/** An alias under `<<` (or in its list) stands for the mapping holding the merge key. */
function withoutMergeKey(path: PathSegment[] | undefined): PathSegment[] | undefined {
  if (!path) return path;
  const merge = path.lastIndexOf('<<');
  return merge >= 0 && merge >= path.length - 2 ? path.slice(0, merge) : path;
}
