/** The outline of a Compose file: top-level sections, their named entries, and each service's keys. */
import { isMap, type Node, type Pair } from 'yaml';
import type { Span } from '../../model';
import type { SymbolEntry, SymbolKind } from '../../features/types';
import type { ComposeModel } from '../model';
import { keyText, spanOf } from '../yaml-nodes';

const ENTRY_KIND: Record<string, SymbolKind> = {
  services: 'service',
  networks: 'network',
  volumes: 'volume',
  secrets: 'secret',
  configs: 'config',
  models: 'model',
};

/** The pairs of a mapping as written (merged keys stay where they are written, under their anchor). */
function pairsOf(node: unknown): { key: string; pair: Pair; span: Span; keySpan: Span }[] {
  if (!isMap(node)) return [];
  return (node.items as Pair[]).flatMap((pair) => {
    const key = keyText(pair.key);
    const keySpan = spanOf(pair.key as Node);
    if (key === undefined || !keySpan) return [];
    const end = spanOf(pair.value as Node)?.end ?? keySpan.end;
    return [{ key, pair, keySpan, span: { start: keySpan.start, end: Math.max(end, keySpan.end) } }];
  });
}

export function composeSymbols(model: ComposeModel): SymbolEntry[] {
  return pairsOf(model.root).map(({ key, pair, span, keySpan }) => {
    const kind = ENTRY_KIND[key];
    const value = model.deref(pair.value);
    const children = kind
      ? pairsOf(value).map((entry) => ({
          name: entry.key,
          kind,
          detail: kind === 'service' ? detailOfService(model, entry.key) : undefined,
          span: entry.span,
          selectionSpan: entry.keySpan,
          children:
            kind === 'service'
              ? pairsOf(model.deref(entry.pair.value)).map((k) => ({ name: k.key, kind: 'key' as const, span: k.span, selectionSpan: k.keySpan, children: [] }))
              : [],
        }))
      : [];
    return { name: key, kind: 'section' as const, span, selectionSpan: keySpan, children };
  });
}

/** Services alone, for a workspace-wide symbol search. */
export function composeWorkspaceSymbols(model: ComposeModel): SymbolEntry[] {
  return model.services.map((service) => ({
    name: service.name,
    kind: 'service' as const,
    detail: detailOfService(model, service.name),
    // The value as written: an alias's target (`web: *common`) lies elsewhere in the file.
    span: { start: service.keySpan.start, end: Math.max(spanOf(service.entry.written as Node)?.end ?? 0, service.keySpan.end) },
    selectionSpan: service.keySpan,
    children: [],
  }));
}

/** `postgres:16` or `build .`, shown beside a service in the outline. */
function detailOfService(model: ComposeModel, name: string): string | undefined {
  const service = model.service(name);
  const image = model.deref(service?.get('image')?.value);
  if (image && 'value' in image && image.value !== null) return String(image.value);
  return service?.get('build') ? 'build' : undefined;
}
