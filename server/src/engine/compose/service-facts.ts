/** Small facts about a service that several Compose rules ask: its image, what it runs, its healthcheck. */
import { isScalar, isSeq } from 'yaml';
import type { ComposeModel, ComposeService } from './model';
import { literalValue } from './interpolation';
import { stringValue } from './yaml-nodes';
import { dataServiceOf, type DataService } from '../knowledge/databases';
import { portsOf } from './ports';

/** The image name as Compose pulls it; undefined when absent or when it holds variables. */
export function imageOf(model: ComposeModel, service: ComposeService): string | undefined {
  const text = stringValue(model.deref(service.get('image')?.value));
  return text === undefined ? undefined : literalValue(text);
}

/** The well-known database, cache or queue the service runs, judged by its image. */
export function dataServiceOfService(model: ComposeModel, service: ComposeService): DataService | undefined {
  const image = imageOf(model, service);
  return image === undefined ? undefined : dataServiceOf(image);
}

/**
 * `present`: the service defines a healthcheck; `disabled`: it turns the image's off (`disable: true`, `test: ["NONE"]`);
 * `absent`: it says nothing, so only a HEALTHCHECK in the image would give it one.
 */
export function healthcheckState(model: ComposeModel, service: ComposeService): 'present' | 'disabled' | 'absent' {
  const entry = service.get('healthcheck');
  if (!entry) return 'absent';
  const map = model.resolve(entry.value);
  if (!map) return 'present';
  const disable = model.deref(map.get('disable')?.value);
  if (isScalar(disable) && (disable.value === true || disable.value === 'true')) return 'disabled';
  const test = model.deref(map.get('test')?.value);
  const first = isSeq(test) ? model.deref(test.items[0]) : test;
  if (isScalar(first) && first.value === 'NONE') return 'disabled';
  return 'present';
}

/**
 * A healthcheck `test:` (YAML flow text) that suits the service: the known one for a well-known image, else an HTTP
 * probe on its first published container port (a guess: it needs curl in the image). Undefined when we have neither.
 */
export function healthcheckTestFor(model: ComposeModel, service: ComposeService): string | undefined {
  const known = dataServiceOfService(model, service);
  if (known) return known.healthcheck;
  const port = portsOf(model, service).mappings[0]?.target.start;
  return port === undefined ? undefined : `["CMD-SHELL", "curl -fsS http://localhost:${port}/ || exit 1"]`;
}

/** Whether the service says how to get an image: `image`, `build` or `extends` (which may bring either). */
export function hasImageSource(service: ComposeService): boolean {
  return service.keys.has('image') || service.keys.has('build') || service.keys.has('extends');
}

/** `compose.override.yaml`, `docker-compose.prod.yml`: names of files usually layered over a base file with `-f`. */
const LAYER_FILE = /^(?:docker-)?compose\.[^.]+\.ya?ml$/i;

/**
 * Whether this file is likely only part of the project, so that names it does not define may be defined elsewhere:
 * it includes other files; a service has no image, build or extends (Compose needs one, so another file supplies
 * it); or its name is that of a file layered over a base file (`compose.override.yaml`, `compose.prod.yaml`).
 */
export function isPartialProject(model: ComposeModel, fileName: string | undefined): boolean {
  if (model.top?.has('include') || (fileName !== undefined && LAYER_FILE.test(fileName))) return true;
  return model.services.some((s) => !hasImageSource(s));
}
