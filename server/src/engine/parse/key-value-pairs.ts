/** The `key=value` pairs of ENV, ARG and LABEL, with spans, as the Dockerfile frontend reads them. */
import type { PropertyInstruction } from 'dockerfile-ast';
import type { Span } from '../model';
import { nodeSpan, type DockerfileModel, type DockerInstruction } from './dockerfile';

export interface KeyValuePair {
  /** The key with quotes removed (`LABEL "a b"=c` → `a b`). */
  key: string;
  /** The key as written, quotes included. */
  keySpan: Span;
  /** The value after quote and escape removal; null when none is given (`ARG NAME`). */
  value: string | null;
  /** The value as written, quotes included; undefined when there is none. */
  valueSpan: Span | undefined;
  /** `ENV key value` (the legacy form, one pair per instruction) rather than `key=value`. */
  legacyForm: boolean;
}

const PAIR_INSTRUCTIONS = new Set(['ENV', 'ARG', 'LABEL']);

/** `_model` is no longer needed (spans come from the instruction's own `nodeOrigin`); callers may still pass it. */
export function keyValuePairsOf(instruction: DockerInstruction, _model?: DockerfileModel): KeyValuePair[] {
  if (!PAIR_INSTRUCTIONS.has(instruction.keyword)) return [];
  const spanOf = (range: { start: { line: number; character: number }; end: { line: number; character: number } }): Span => nodeSpan(instruction, range);
  return (instruction.node as unknown as PropertyInstruction).getProperties().map((property) => {
    const valueRange = property.getValueRange();
    return {
      key: property.getName(),
      keySpan: spanOf(property.getNameRange()),
      value: property.getValue(),
      valueSpan: valueRange ? spanOf(valueRange) : undefined,
      legacyForm: property.getValue() !== null && property.getAssignmentOperator() === null,
    };
  });
}
