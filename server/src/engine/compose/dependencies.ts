/** A service's `depends_on` in either form: the short list of names, or the mapping with a `condition` per name. */
import { isScalar, isSeq, type Scalar } from 'yaml';
import type { Span } from '../model';
import type { ComposeModel, ComposeService } from './model';
import type { ComposeEntry } from './merge';
import { literalValue } from './interpolation';
import { spanOf } from './yaml-nodes';

export interface Dependency {
  name: string;
  form: 'short' | 'long';
  /** The name as written: a list item, or a key of the long form. */
  nameNode: Scalar;
  nameSpan: Span;
  /** The long form's `condition` (`service_started` when it is left out). */
  condition: string;
  /** Where `condition`'s value is written (long form only). */
  conditionSpan?: Span;
}

export function dependenciesOf(model: ComposeModel, service: ComposeService): { entry: ComposeEntry | undefined; dependencies: Dependency[] } {
  const entry = service.get('depends_on');
  const dependencies: Dependency[] = [];
  if (entry && isSeq(entry.value)) {
    for (const written of entry.value.items) {
      const item = model.deref(written);
      if (isScalar(item) && typeof item.value === 'string' && literalValue(item.value) === item.value) {
        dependencies.push({ name: item.value, form: 'short', nameNode: item, nameSpan: spanOf(item)!, condition: 'service_started' });
      }
    }
  }
  for (const dependency of model.resolve(entry?.value)?.entries ?? []) {
    const condition = model.resolve(dependency.value)?.get('condition');
    const value = model.deref(condition?.value);
    dependencies.push({
      name: dependency.key,
      form: 'long',
      nameNode: dependency.keyNode,
      nameSpan: dependency.keySpan,
      condition: isScalar(value) && typeof value.value === 'string' ? value.value : 'service_started',
      conditionSpan: condition?.valueSpan,
    });
  }
  return { entry, dependencies };
}
