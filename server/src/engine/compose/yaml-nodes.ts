/** Small helpers over the `yaml` package's node classes: spans, key text, positions inside a scalar. */
import { isScalar, type Node, type Scalar } from 'yaml';
import type { Span } from '../model';

/** The source span of a node: its content, without a trailing comment or line break. */
export function spanOf(node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** The text a mapping key stands for: scalars as Compose reads them (`8080:` is the key "8080"). */
export function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  if (typeof key.value === 'symbol') return key.value.description; // the merge key `<<`
  return key.value === null ? '' : String(key.value);
}

/** A scalar's string value, or undefined for anything that is not a string scalar. */
export function stringValue(node: Node | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Whether the node carries Compose's `!reset` tag (the key is cleared rather than set). */
export function isReset(node: Node | null | undefined): boolean {
  return node?.tag === '!reset';
}

/**
 * The source span of characters `from..to` of a scalar's value. Exact when the source spells the value literally
 * (plain, or quoted without escapes on one line); otherwise the whole scalar, which is never wrong, only wider.
 */
export function spanInScalar(text: string, scalar: Scalar, from: number, to: number): Span {
  const whole = spanOf(scalar)!;
  const value = String(scalar.value);
  const source = text.slice(whole.start, whole.end);
  if (scalar.type === 'PLAIN' && source === value) return { start: whole.start + from, end: whole.start + to };
  if ((scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') && source.slice(1, -1) === value) {
    return { start: whole.start + 1 + from, end: whole.start + 1 + to };
  }
  return whole;
}
