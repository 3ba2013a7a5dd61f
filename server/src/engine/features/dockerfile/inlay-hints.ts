/**
 * Inlay hints: after each `$VAR`/`${VAR…}` in a FROM line, the value it takes from the global ARGs' defaults
 * (`FROM node:${NODE_VERSION}` → `= 20`), i.e. what is built when no `--build-arg` overrides it.
 */
import type { ParsedDocument } from '../../document';
import type { InlayHintEntry, InlayHintOptions } from '../assist-types';
import { findVariableReferences, globalArgsOf, expandWord } from '../../parse/variables';

export function dockerfileInlayHints(document: ParsedDocument, options: InlayHintOptions): InlayHintEntry[] {
  const model = document.dockerfile;
  if (!model || !options.argDefaults || model.globalArgs.length === 0) return [];
  const args = globalArgsOf(model);
  const hints: InlayHintEntry[] = [];
  for (const stage of model.stages) {
    const from = stage.from;
    const regions = [...from.flags.flatMap((f) => (f.valueSpan ? [f.valueSpan] : [])), ...(from.args[0] ? [from.args[0].span] : [])];
    for (const region of regions) {
      for (const ref of findVariableReferences(model.text, region.start, region.end, model.escapeChar)) {
        const arg = args.get(ref.name);
        if (!arg?.known || (arg.value === undefined && ref.modifier === undefined)) continue;
        const value = expandWord(model.text.slice(ref.span.start, ref.span.end), (name) => args.get(name)?.value, model.escapeChar);
        if (value === undefined) continue;
        hints.push({
          offset: ref.span.end,
          label: `= ${value === '' ? '""' : value}`,
          tooltip: `Default of the global \`ARG ${ref.name}\`; \`--build-arg ${ref.name}=…\` overrides it.`,
        });
      }
    }
  }
  return hints;
}
