/**
 * A service's `ports`, read the way Compose reads them: the short syntax `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`
 * (each port may be a range `8000-8010`; IPv6 addresses in brackets) and the long syntax (`target`, `published`,
 * `host_ip`, `protocol`). Entries holding variables are marked unknown instead of guessed: a rule must not judge them.
 */
import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Span } from '../model';
import type { ComposeModel, ComposeService } from './model';
import type { ComposeEntry } from './merge';
import { literalValue } from './interpolation';
import { spanInScalar, spanOf } from './yaml-nodes';

export interface PortRange {
  start: number;
  end: number;
}

export interface PortMapping {
  /** The sequence item as written (a scalar for the short syntax, a mapping for the long one). */
  item: Node;
  itemSpan: Span;
  form: 'short' | 'long';
  /** The host address it is bound to; `''` when none is given (all interfaces). */
  hostIp: string;
  /** Published host ports; undefined when Docker picks a free one. */
  published: PortRange | undefined;
  target: PortRange;
  protocol: string;
  /** Where the host side is written: the `[ip:]host` part of a short entry (the container port when there is none), `published` in a long one. */
  publishedSpan: Span;
  /** Where the container side is written. */
  targetSpan: Span;
  /** The short syntax's scalar (for fixes that edit inside it). */
  scalar?: Scalar;
}

/** The `ports` entry of a service and its readable mappings. Items with variables or that do not parse are left out. */
export function portsOf(model: ComposeModel, service: ComposeService): { entry: ComposeEntry | undefined; mappings: PortMapping[] } {
  const entry = service.get('ports');
  const list = entry?.value;
  if (!entry || !isSeq(list)) return { entry, mappings: [] };
  const mappings: PortMapping[] = [];
  for (const written of list.items) {
    const item = model.deref(written);
    if (!item) continue;
    const mapping = isScalar(item) ? shortMapping(model.text, item) : longMapping(model, item);
    if (mapping) mappings.push(mapping);
  }
  return { entry, mappings };
}

/** `8080`, `8080-8090`; undefined for anything else. */
export function parsePortRange(text: string): PortRange | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return start <= end && end <= 65535 ? { start, end } : undefined;
}

function shortMapping(text: string, scalar: Scalar): PortMapping | undefined {
  if (typeof scalar.value !== 'string' && typeof scalar.value !== 'number') return undefined;
  const raw = String(scalar.value);
  const value = literalValue(raw);
  if (value === undefined || value !== raw) return undefined;
  const slash = value.lastIndexOf('/');
  const spec = slash >= 0 ? value.slice(0, slash) : value;
  const protocol = slash >= 0 ? value.slice(slash + 1).toLowerCase() : 'tcp';
  const parts = splitParts(spec);
  if (!parts) return undefined;
  const target = parsePortRange(parts.container);
  if (!target) return undefined;
  const published = parts.host === '' ? undefined : parsePortRange(parts.host);
  if (parts.host !== '' && !published) return undefined;
  const containerStart = spec.length - parts.container.length;
  const targetSpan = spanInScalar(text, scalar, containerStart, spec.length);
  return {
    item: scalar,
    itemSpan: spanOf(scalar)!,
    form: 'short',
    hostIp: parts.ip,
    published,
    target,
    protocol,
    publishedSpan: parts.host === '' ? targetSpan : spanInScalar(text, scalar, 0, containerStart - 1),
    targetSpan,
    scalar,
  };
}

/** go-connections' split: the last part is the container port, the one before the host port, the rest the address. */
function splitParts(spec: string): { ip: string; host: string; container: string } | undefined {
  const parts = spec.split(':');
  const n = parts.length;
  if (n === 1) return { ip: '', host: '', container: parts[0] };
  if (n === 2) return { ip: '', host: parts[0], container: parts[1] };
  const ip = parts.slice(0, n - 2).join(':').replace(/^\[(.*)\]$/, '$1');
  return { ip, host: parts[n - 2], container: parts[n - 1] };
}

function longMapping(model: ComposeModel, item: Node): PortMapping | undefined {
  const map = model.resolve(item);
  if (!map) return undefined;
  const field = (key: string) => {
    const entry = map.get(key);
    const node = model.deref(entry?.value);
    if (!entry || !isScalar(node) || node.value === null) return { present: !!entry, text: undefined as string | undefined, span: entry?.valueSpan };
    return { present: true, text: literalValue(String(node.value)), span: entry.valueSpan };
  };
  const target = field('target');
  const published = field('published');
  const hostIp = field('host_ip');
  const protocol = field('protocol');
  if (target.text === undefined || (published.present && published.text === undefined) || (hostIp.present && hostIp.text === undefined)) return undefined;
  const targetRange = parsePortRange(target.text);
  const publishedRange = published.text === undefined || published.text === '' ? undefined : parsePortRange(published.text);
  if (!targetRange || (published.text && !publishedRange)) return undefined;
  const itemSpan = spanOf(item)!;
  return {
    item,
    itemSpan,
    form: 'long',
    hostIp: hostIp.text ?? '',
    published: publishedRange,
    target: targetRange,
    protocol: (protocol.text ?? 'tcp').toLowerCase(),
    publishedSpan: published.span ?? itemSpan,
    targetSpan: target.span ?? itemSpan,
  };
}

/** No address, `0.0.0.0` or `::`: every interface of the host. */
export function isAllInterfaces(hostIp: string): boolean {
  return hostIp === '' || hostIp === '0.0.0.0' || hostIp === '::' || hostIp === '[::]';
}
