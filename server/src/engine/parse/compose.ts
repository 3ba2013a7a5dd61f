/**
 * A Compose file parsed with the `yaml` package (2.x): the document keeps its source ranges, so every node
 * maps back to an exact span. `!reset` and `!override` are Compose's own tags and parse without warnings.
 * The navigable model over the document (services, merged keys, references, bounded value) is in ../compose/.
 */
import { parseDocument, type ScalarTag, type CollectionTag, YAMLMap, YAMLSeq } from 'yaml';
import type { LineIndex } from '../text/line-index';
import { ComposeModel, type YamlProblem } from '../compose/model';

export { ComposeModel, type ComposeService, type YamlProblem } from '../compose/model';
/** The source span of a YAML node (its value, not the trailing whitespace or comment). */
export { spanOf as spanOfNode } from '../compose/yaml-nodes';

/** `!reset` and `!override` in their scalar, sequence and mapping forms: values pass through unchanged. */
const COMPOSE_TAGS: (ScalarTag | CollectionTag)[] = ['!reset', '!override'].flatMap((tag) => [
  { tag, resolve: (value: string) => value } satisfies ScalarTag,
  { tag, collection: 'seq', nodeClass: YAMLSeq } satisfies CollectionTag,
  { tag, collection: 'map', nodeClass: YAMLMap } satisfies CollectionTag,
]);

export function parseCompose(text: string, lines: LineIndex): ComposeModel {
  // `uniqueKeys` is off: the package checks each key against every earlier one (quadratic in a 5,000-service
  // mapping, seconds of CPU); the `duplicate-compose-key` rule finds repeated keys in linear time instead.
  const document = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, merge: true, customTags: COMPOSE_TAGS, prettyErrors: false });
  // The package turns a stack overflow of its own into an error of the document and goes on with what it has; what
  // it has then depends on how deep the stack was. Give the file up as too complex (parseDocument's catch).
  const overflow = document.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(e.message));
  if (overflow) throw new RangeError(overflow.message);
  const problems: YamlProblem[] = [
    ...document.errors.map((e) => ({ code: e.code, message: e.message, span: { start: e.pos[0], end: e.pos[1] }, level: 'error' as const })),
    ...document.warnings.map((w) => ({ code: w.code, message: w.message, span: { start: w.pos[0], end: w.pos[1] }, level: 'warning' as const })),
  ];
  return new ComposeModel(text, lines, document, problems);
}
