/**
 * Every name a Dockerfile writes that editor features can navigate: stage names, ARG/ENV variables and heredoc
 * delimiters. Each occurrence carries the symbol it belongs to, so definition, references, highlights and rename are
 * all "find the occurrence under the cursor, then its siblings". Built once per parsed model.
 */
import type { Span } from '../../model';
import type { DockerfileModel } from '../../parse/dockerfile';
import { stageOccurrences } from './stages';
import { variableOccurrences } from './variables';
import { heredocOccurrences } from './heredocs';

export type OccurrenceKind = 'stage' | 'variable' | 'heredoc';

export interface Occurrence {
  kind: OccurrenceKind;
  /** Occurrences with the same symbol name the same thing (`stage:1`, `variable:7`, `heredoc:120:0`). */
  symbol: string;
  /** The characters of the name (or of the stage number). */
  span: Span;
  role: 'declaration' | 'use';
  /** Where go-to-definition leads from here; absent when the thing is not declared in this file. */
  definition: Span | undefined;
  /** Why rename must leave this occurrence alone (or refuse when it is under the cursor); absent when it can be renamed. */
  fixed?: string;
}

const cache = new WeakMap<DockerfileModel, Occurrence[]>();

export function occurrencesOf(model: DockerfileModel): Occurrence[] {
  let found = cache.get(model);
  if (!found) {
    found = [...stageOccurrences(model), ...variableOccurrences(model), ...heredocOccurrences(model)];
    cache.set(model, found);
  }
  return found;
}

/** The occurrence under the cursor: a cursor right after a name still counts (as editors place it after typing). */
export function occurrenceAt(model: DockerfileModel, offset: number): Occurrence | undefined {
  const all = occurrencesOf(model);
  return all.find((o) => offset >= o.span.start && offset < o.span.end) ?? all.find((o) => offset === o.span.end);
}

export function siblingsOf(model: DockerfileModel, occurrence: Occurrence): Occurrence[] {
  return occurrencesOf(model)
    .filter((o) => o.symbol === occurrence.symbol)
    .sort((a, b) => a.span.start - b.span.start);
}
