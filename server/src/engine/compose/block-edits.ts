/**
 * Minimal edits that add lines to a block mapping of a Compose file, in the file's own indentation and line
 * endings. Nothing already written is touched: new lines go after the mapping's last entry (its comments and
 * trailing blank lines stay where they are). Flow mappings (`{a: 1}`) and aliases get no edit.
 */
import { isMap, type Pair, type YAMLMap } from 'yaml';
import type { Edit } from '../model';
import { insertLines, lineStartAt, nextLineStart } from '../fix/edits';
import type { ComposeModel, ComposeService } from './model';
import { healthcheckTestFor } from './service-facts';

/** The mapping written under the service's key: a block mapping, not an alias or a flow mapping. */
export function writtenBlockMap(service: ComposeService): YAMLMap | undefined {
  const written = service.entry.written;
  return isMap(written) && !written.flow && written.items.length > 0 ? written : undefined;
}

/** The column the mapping's keys start at. */
export function keyColumn(model: ComposeModel, map: YAMLMap): number | undefined {
  const first = (map.items[0] as Pair | undefined)?.key as { range?: [number, number, number] } | undefined;
  const start = first?.range?.[0];
  return start === undefined ? undefined : start - lineStartAt(model.text, start);
}

/** The file's indentation step: how far a service's keys sit right of its name (2 when there is nothing to go by). */
export function indentUnit(model: ComposeModel): number {
  for (const service of model.services) {
    const map = writtenBlockMap(service);
    const inner = map && keyColumn(model, map);
    const outer = service.keySpan.start - lineStartAt(model.text, service.keySpan.start);
    if (inner !== undefined && inner > outer) return inner - outer;
  }
  return 2;
}

/**
 * Whether lines can be added with confidence: with a YAML error anywhere, the parser's recovery may have placed
 * what follows differently from how the file reads (an empty key, a list item out of line), so we add none.
 */
export function canAddLines(model: ComposeModel): boolean {
  return !model.problems.some((p) => p.level === 'error');
}

/** Lines appended after the mapping's last entry, at its key indentation (lines are relative to that indentation). */
export function appendToMap(model: ComposeModel, map: YAMLMap, lines: readonly string[]): Edit | undefined {
  const column = keyColumn(model, map);
  const end = map.range?.[1];
  if (column === undefined || end === undefined || map.flow || !canAddLines(model)) return undefined;
  // The yaml package may end a mapping at the next key's column (after a key without a name, `: # x`): a line
  // whose text before the end is blank belongs to what follows, so the new lines go before it.
  const lineStart = lineStartAt(model.text, end);
  const at = /^[ \t]*$/.test(model.text.slice(lineStart, end)) ? lineStart : nextLineStart(model.text, end);
  return insertLines(model.text, at, [...lines], ' '.repeat(column));
}

/** A `healthcheck:` block (lines relative to the service's key indentation) around a `test:` in YAML flow text. */
export function healthcheckLines(test: string, unit: number): string[] {
  const pad = ' '.repeat(unit);
  return ['healthcheck:', `${pad}test: ${test}`, `${pad}interval: 10s`, `${pad}timeout: 5s`, `${pad}retries: 5`, `${pad}start_period: 30s`];
}

/**
 * An edit giving the service a healthcheck: the known one for its image, else an HTTP probe on its port. Undefined
 * when we know no test for it, or its mapping is not written where a line can be added (an alias, a flow mapping).
 */
export function addHealthcheck(model: ComposeModel, service: ComposeService): Edit | undefined {
  const test = healthcheckTestFor(model, service);
  const map = writtenBlockMap(service);
  return test && map ? appendToMap(model, map, healthcheckLines(test, indentUnit(model))) : undefined;
}
