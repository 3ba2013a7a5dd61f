/**
 * Names a service uses: other services (`depends_on`, `links`, `extends`, `volumes_from`, `network_mode: service:x`,
 * `ipc`/`pid: service:x`) and top-level networks, volumes, secrets, configs and models. Each reference carries the
 * span of the name itself, so definition, references and "not declared" rules point at the right characters.
 * Names containing variables are skipped: they are only known at `docker compose up`.
 */
import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Span } from '../model';
import type { ComposeModel, ComposeService } from './model';
import type { ComposeEntry } from './merge';
import { hasVariables } from './interpolation';
import { spanInScalar } from './yaml-nodes';

export type ReferenceKind = 'service' | 'network' | 'volume' | 'secret' | 'config' | 'model';

/** The top-level section that declares each kind of name. */
export const SECTION_OF: Record<ReferenceKind, string> = {
  service: 'services',
  network: 'networks',
  volume: 'volumes',
  secret: 'secrets',
  config: 'configs',
  model: 'models',
};

export interface ComposeReference {
  kind: ReferenceKind;
  name: string;
  /** The characters of the name. */
  span: Span;
  /** The service that refers. */
  from: string;
  /** The service key it is written under (`depends_on`, `volumes`, …). */
  via: string;
}

/** `name:/path` and `name:/path:ro` mount a named volume; paths and `~` or `.` prefixes mount host directories. */
const NAMED_VOLUME_SOURCE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export function findReferences(model: ComposeModel): ComposeReference[] {
  const found: ComposeReference[] = [];
  for (const service of model.services) collect(model, service, found);
  return found;
}

function collect(model: ComposeModel, service: ComposeService, out: ComposeReference[]): void {
  const add = (kind: ReferenceKind, via: string, scalar: Scalar, name: string, offset = 0) => {
    if (!name || hasVariables(name)) return;
    out.push({ kind, name, span: spanInScalar(model.text, scalar, offset, offset + name.length), from: service.name, via });
  };
  /** Items of a list (strings) or keys of a mapping, as in `depends_on`, `networks`, `models`. */
  const namesIn = (entry: ComposeEntry | undefined, kind: ReferenceKind) => {
    if (!entry) return;
    if (isSeq(entry.value)) for (const item of scalars(model, entry.value.items)) add(kind, entry.key, item, String(item.value));
    for (const inner of model.resolve(entry.value)?.entries ?? []) add(kind, entry.key, inner.keyNode, inner.key);
  };
  const serviceColon = (entry: ComposeEntry | undefined) => {
    const value = scalarOf(model, entry?.value);
    if (entry && value && String(value.value).startsWith('service:')) add('service', entry.key, value, String(value.value).slice(8), 8);
  };

  namesIn(service.get('depends_on'), 'service');
  namesIn(service.get('networks'), 'network');
  namesIn(service.get('models'), 'model');
  for (const key of ['network_mode', 'ipc', 'pid']) serviceColon(service.get(key));

  const links = service.get('links');
  if (links && isSeq(links.value)) {
    for (const item of scalars(model, links.value.items)) add('service', 'links', item, String(item.value).split(':')[0]);
  }

  const extendsEntry = service.get('extends');
  const extendsScalar = scalarOf(model, extendsEntry?.value);
  if (extendsEntry && extendsScalar) add('service', 'extends', extendsScalar, String(extendsScalar.value));
  const extendsMap = model.resolve(extendsEntry?.value);
  const extended = scalarOf(model, extendsMap?.get('service')?.value);
  if (extendsMap && extended && !extendsMap.has('file')) add('service', 'extends', extended, String(extended.value));

  const volumesFrom = service.get('volumes_from');
  if (volumesFrom && isSeq(volumesFrom.value)) {
    for (const item of scalars(model, volumesFrom.value.items)) {
      const text = String(item.value);
      if (text.startsWith('container:')) continue;
      const offset = text.startsWith('service:') ? 8 : 0;
      add('service', 'volumes_from', item, text.slice(offset).split(':')[0], offset);
    }
  }

  const volumes = service.get('volumes');
  if (volumes && isSeq(volumes.value)) {
    for (const written of volumes.value.items) {
      const item = model.deref(written);
      if (isScalar(item) && typeof item.value === 'string') {
        const parts = item.value.split(':');
        if (parts.length > 1 && NAMED_VOLUME_SOURCE.test(parts[0])) add('volume', 'volumes', item, parts[0]);
      }
      const long = model.resolve(item);
      const source = scalarOf(model, long?.get('source')?.value);
      const type = scalarOf(model, long?.get('type')?.value)?.value;
      if (long && source && type === 'volume') add('volume', 'volumes', source, String(source.value));
    }
  }

  const build = model.resolve(service.get('build')?.value);
  for (const [entry, kind] of [
    [service.get('secrets'), 'secret'],
    [service.get('configs'), 'config'],
    [build?.get('secrets'), 'secret'],
  ] as const) {
    if (!entry || !isSeq(entry.value)) continue;
    for (const written of entry.value.items) {
      const item = model.deref(written);
      if (isScalar(item) && typeof item.value === 'string') add(kind, entry.key, item, item.value);
      const source = scalarOf(model, model.resolve(item)?.get('source')?.value);
      if (source) add(kind, entry.key, source, String(source.value));
    }
  }
}

/** String scalars among a sequence's items, aliases followed. */
function scalars(model: ComposeModel, items: readonly unknown[]): Scalar[] {
  return items.map((item) => model.deref(item)).filter((n): n is Scalar => isScalar(n) && typeof n.value === 'string');
}

function scalarOf(model: ComposeModel, node: Node | null | undefined): Scalar | undefined {
  const target = model.deref(node);
  return isScalar(target) && (typeof target.value === 'string' || typeof target.value === 'number') ? target : undefined;
}
