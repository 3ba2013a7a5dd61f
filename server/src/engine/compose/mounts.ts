/**
 * A service's `volumes`, read the way Compose reads them: the short syntax `[SOURCE:]TARGET[:MODE]` (a source that
 * is a path, `~` or `.` is a bind mount, a name is a named volume, no source an anonymous volume; Windows drive
 * letters are not separators) and the long syntax (`type`, `source`, `target`, `read_only`).
 */
import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Span } from '../model';
import type { ComposeModel, ComposeService } from './model';
import { hasVariables } from './interpolation';
import { spanInScalar, spanOf } from './yaml-nodes';

export type MountType = 'bind' | 'volume' | 'tmpfs' | 'other';

export interface Mount {
  item: Node;
  itemSpan: Span;
  form: 'short' | 'long';
  type: MountType;
  /**
   * The host path or volume name as written; `$HOME`/`${HOME}` are read as `~`. Undefined for an anonymous volume,
   * and when other variables make it unknowable.
   */
  source: string | undefined;
  sourceSpan: Span;
  /** The path in the container; undefined when variables make it unknowable. */
  target: string | undefined;
  targetSpan: Span;
  readOnly: boolean;
}

/** Mounts of a service's `volumes` (merges applied). */
export function mountsOf(model: ComposeModel, service: ComposeService): Mount[] {
  const list = service.get('volumes')?.value;
  if (!isSeq(list)) return [];
  const mounts: Mount[] = [];
  for (const written of list.items) {
    const item = model.deref(written);
    if (!item) continue;
    const mount = isScalar(item) ? shortMount(model.text, item) : longMount(model, item);
    if (mount) mounts.push(mount);
  }
  return mounts;
}

const HOME_VARIABLE = /^(?:\$HOME|\$\{HOME\})(?=\/|$)/;

/** The source with `$HOME` read as `~`; undefined when any other variable is in it. */
function knownPath(text: string): string | undefined {
  const home = text.replace(HOME_VARIABLE, '~');
  return hasVariables(home) ? undefined : home.replace(/\$\$/g, '$');
}

function shortMount(text: string, scalar: Scalar): Mount | undefined {
  if (typeof scalar.value !== 'string') return undefined;
  const value = scalar.value;
  const parts = splitVolume(value);
  const itemSpan = spanOf(scalar)!;
  const span = (from: number, to: number) => spanInScalar(text, scalar, from, to);
  if (parts.length === 1) {
    return { item: scalar, itemSpan, form: 'short', type: 'volume', source: undefined, sourceSpan: itemSpan, target: knownPath(value), targetSpan: itemSpan, readOnly: false };
  }
  const [source, target, mode = ''] = parts;
  const isPath = /^(?:[./~\\]|\$|[A-Za-z]:[\\/])/.test(source);
  return {
    item: scalar,
    itemSpan,
    form: 'short',
    type: isPath ? 'bind' : 'volume',
    source: knownPath(source),
    sourceSpan: span(0, source.length),
    target: knownPath(target),
    targetSpan: span(source.length + 1, source.length + 1 + target.length),
    readOnly: mode.split(',').includes('ro'),
  };
}

/** Splits on `:` except after a Windows drive letter at the start of a part (`C:\data:/data:ro`). */
function splitVolume(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === ':' && !(current.length === 1 && /[A-Za-z]/.test(current) && /[\\/]/.test(value[i + 1] ?? ''))) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function longMount(model: ComposeModel, item: Node): Mount | undefined {
  const map = model.resolve(item);
  if (!map) return undefined;
  const text = (key: string) => {
    const node = model.deref(map.get(key)?.value);
    return isScalar(node) && node.value !== null ? String(node.value) : undefined;
  };
  const type = text('type');
  const source = text('source');
  const target = text('target');
  const itemSpan = spanOf(item)!;
  const readOnly = text('read_only');
  return {
    item,
    itemSpan,
    form: 'long',
    type: type === 'bind' || type === 'volume' || type === 'tmpfs' ? type : 'other',
    source: source === undefined ? undefined : knownPath(source),
    sourceSpan: map.get('source')?.valueSpan ?? itemSpan,
    target: target === undefined ? undefined : knownPath(target),
    targetSpan: map.get('target')?.valueSpan ?? itemSpan,
    readOnly: readOnly === 'true',
  };
}

/** `/var/lib/x/` → `/var/lib/x`; `/` stays. */
export function normalisePath(path: string): string {
  const trimmed = path.replace(/\/+/g, '/');
  return trimmed.length > 1 ? trimmed.replace(/\/$/, '') : trimmed;
}

/** Whether `path` is `dir` or lies inside it. */
export function isWithin(path: string, dir: string): boolean {
  const p = normalisePath(path);
  const d = normalisePath(dir);
  return p === d || (d === '/' ? p.startsWith('/') : p.startsWith(`${d}/`));
}
