/**
 * A Compose file parsed with the `yaml` package (2.x): the document keeps its source ranges, so every node
 * maps back to an exact span. `!reset` and `!override` are Compose's own tags and parse without warnings.
 */
import { parseDocument, type Document, type Node, type ScalarTag, type CollectionTag, YAMLMap, YAMLSeq } from 'yaml';
import type { Span } from '../model';
import type { LineIndex } from '../text/line-index';

export interface YamlProblem {
  message: string;
  span: Span;
  /** `error` stops Compose from reading the file; `warning` is something it tolerates. */
  level: 'error' | 'warning';
}

export interface ComposeModel {
  text: string;
  lines: LineIndex;
  document: Document.Parsed;
  problems: YamlProblem[];
}

/** `!reset` and `!override` in their scalar, sequence and mapping forms: values pass through unchanged. */
const COMPOSE_TAGS: (ScalarTag | CollectionTag)[] = ['!reset', '!override'].flatMap((tag) => [
  { tag, resolve: (value: string) => value } satisfies ScalarTag,
  { tag, collection: 'seq', nodeClass: YAMLSeq } satisfies CollectionTag,
  { tag, collection: 'map', nodeClass: YAMLMap } satisfies CollectionTag,
]);

export function parseCompose(text: string, lines: LineIndex): ComposeModel {
  const document = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true, merge: true, customTags: COMPOSE_TAGS, prettyErrors: false });
  const problems: YamlProblem[] = [
    ...document.errors.map((e) => ({ message: e.message, span: { start: e.pos[0], end: e.pos[1] }, level: 'error' as const })),
    ...document.warnings.map((w) => ({ message: w.message, span: { start: w.pos[0], end: w.pos[1] }, level: 'warning' as const })),
  ];
  return { text, lines, document, problems };
}

/** The source span of a YAML node (its value, not the trailing whitespace or comment). */
export function spanOfNode(node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}
