/**
 * Completion in Compose files: keys from the schema (with snippets for blocks people get wrong), allowed values,
 * the names of services, networks, volumes, secrets, configs and models where the file refers to them, and the stages
 * of the service's Dockerfile for `build.target`.
 */
import type { ParsedDocument } from '../../document';
import type { CompletionEntry, FeatureFacts } from '../../features/types';
import type { ComposeModel, ResourceSection } from '../model';
import type { PathSegment } from '../paths';
import { enumAt, keysAt, typesAt, type JsonSchema } from '../schema/navigate';
import { completionContext, type CompletionContext } from './completion-context';
import { keyDocOf, keyMarkdown } from './hover';
import { logicalPathOf } from './logical-path';
import { buildTargetNames } from './build-target';

type NameKind = 'services' | ResourceSection;

/** Where names are referenced: the list (or mapping) under a service key holds names of `kind`. */
const NAME_LISTS: Record<string, NameKind> = {
  depends_on: 'services',
  links: 'services',
  volumes_from: 'services',
  networks: 'networks',
  secrets: 'secrets',
  configs: 'configs',
  models: 'models',
  volumes: 'volumes',
};

/** Values the schema leaves open but Compose documents. */
const KNOWN_VALUES: Record<string, string[]> = {
  restart: ['"no"', 'always', 'on-failure', 'unless-stopped'],
  pull_policy: ['always', 'missing', 'never', 'build', 'daily', 'weekly'],
  network_mode: ['bridge', 'host', 'none'],
  ipc: ['private', 'shareable', 'host'],
  pid: ['host'],
  stop_signal: ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGHUP', 'SIGUSR1', 'SIGUSR2'],
  protocol: ['tcp', 'udp'],
};

/** Snippets for blocks with a shape worth typing for the user. `$INDENT` is one level of the file's indentation. */
const SNIPPETS: Record<string, { detail: string; body: (services: string[]) => string }> = {
  healthcheck: {
    detail: 'healthcheck block',
    body: () =>
      'healthcheck:\n$INDENTtest: ["CMD", "${1:curl}", "-f", "http://localhost:${2:8080}/${3:health}"]\n$INDENTinterval: ${4:30s}\n$INDENTtimeout: ${5:5s}\n$INDENTretries: ${6:3}\n$INDENTstart_period: ${7:10s}',
  },
  depends_on: {
    detail: 'depends_on, long form (waits until healthy)',
    body: (services) =>
      `depends_on:\n$INDENT\${1${services.length ? `|${services.map(escapeChoice).join(',')}|` : ':db'}}:\n$INDENT$INDENTcondition: \${2|service_healthy,service_started,service_completed_successfully|}`,
  },
  logging: {
    detail: 'logging with rotation',
    body: () => 'logging:\n$INDENTdriver: ${1:json-file}\n$INDENToptions:\n$INDENT$INDENTmax-size: "${2:10m}"\n$INDENT$INDENTmax-file: "${3:3}"',
  },
};

function escapeChoice(choice: string): string {
  return choice.replace(/[,|\\$}]/g, (c) => `\\${c}`);
}

export function composeCompletion(document: ParsedDocument, offset: number, facts?: FeatureFacts): CompletionEntry[] {
  const model = document.compose;
  if (!model) return [];
  const context = completionContext(document.text, offset);
  if (!context) return [];
  const parent = logicalParent(model, context.parent);
  const entries: CompletionEntry[] = [];
  if (context.mode === 'key') entries.push(...keyEntries(model, document.text, parent, context));
  if (context.mode === 'value' && context.key) entries.push(...valueEntries(model, [...parent, context.key], context));
  if (context.mode === 'value' && context.key === 'target' && parent.length === 3 && parent[0] === 'services' && parent[2] === 'build') {
    for (const stage of buildTargetNames(model, model.service(String(parent[1])), facts)) {
      entries.push({ label: stage, kind: 'name', detail: 'stage of the Dockerfile', insertText: stage, snippet: false, span: context.span });
    }
  }
  if (context.mode === 'item') {
    entries.push(...valueEntries(model, [...parent, 0], context));
    entries.push(...keyEntries(model, document.text, [...parent, 0], context));
  }
  return entries;
}

/** Keys written inside an `x-` anchor complete as the keys of the mapping the anchor is merged into. */
function logicalParent(model: ComposeModel, parent: PathSegment[]): PathSegment[] {
  if (!String(parent[0] ?? '').startsWith('x-')) return parent;
  const node = model.locate(parent)?.node;
  return (node && logicalPathOf(model, node)) || parent;
}

function keyEntries(model: ComposeModel, text: string, parent: PathSegment[], context: CompletionContext): CompletionEntry[] {
  const indent = indentUnit(text);
  // The mapping forms of `depends_on`, `networks` and `models` are keyed by names declared elsewhere in the file.
  const named = parent.length === 3 ? referencedNames(model, [...parent, 0]) : undefined;
  if (named && named.kind !== 'volumes') {
    return named.names
      .filter((name) => !context.siblings.has(name))
      .map((name) => ({ label: name, kind: 'name' as const, detail: named.detail, insertText: `${name}:`, snippet: false, span: context.span }));
  }
  const services = model.services.map((s) => s.name).filter((name) => name !== currentService(parent));
  return keysAt(parent)
    .filter((key) => !context.siblings.has(key.name) && !key.deprecated)
    .map((key) => {
      const documentation = keyMarkdown(key.name, keyDocOf(parent, key.name), key.description);
      const snippet = SNIPPETS[key.name] && parent.length === 2 && parent[0] === 'services' ? SNIPPETS[key.name] : undefined;
      return {
        label: key.name,
        kind: snippet ? ('snippet' as const) : ('key' as const),
        detail: snippet?.detail ?? shapeOf(key.schemas),
        documentation,
        insertText: (snippet ? snippet.body(services) : keyInsert(key.name, key.schemas)).replace(/\$INDENT/g, indent),
        snippet: true,
        span: context.span,
      };
    });
}

function valueEntries(model: ComposeModel, path: PathSegment[], context: CompletionContext): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  const add = (label: string, kind: CompletionEntry['kind'], detail: string) => {
    if (!entries.some((e) => e.label === label)) entries.push({ label, kind, detail, insertText: label, snippet: false, span: context.span });
  };
  for (const value of enumAt(path)) add(value, 'value', 'allowed value');
  const key = String([...path].reverse().find((s) => typeof s === 'string') ?? '');
  if (path[0] === 'services' && path.length >= 3) {
    for (const value of KNOWN_VALUES[key] ?? []) add(value, 'value', 'common value');
    if (key === 'network_mode' || key === 'ipc' || key === 'pid') {
      for (const service of model.services) if (service.name !== path[1]) add(`service:${service.name}`, 'name', 'share with a service');
    }
  }
  if (typesAt(path).has('boolean')) for (const value of ['true', 'false']) add(value, 'value', 'boolean');
  const names = referencedNames(model, path);
  if (names) {
    for (const name of names.names) {
      entries.push({ label: name, kind: 'name', detail: names.detail, insertText: names.kind === 'volumes' ? `${name}:` : name, snippet: false, span: context.span });
    }
  }
  return entries;
}

/** The declared names that fit a position: `depends_on` items are services, `networks` items networks… */
function referencedNames(model: ComposeModel, path: PathSegment[]): { kind: NameKind; names: string[]; detail: string } | undefined {
  if (path[0] !== 'services') return undefined;
  const [, service, key, fourth, fifth] = path.map(String);
  let kind: NameKind | undefined;
  if (path.length === 4 && typeof path[3] === 'number') kind = NAME_LISTS[key];
  else if (path.length === 4 && key === 'extends' && fourth === 'service') kind = 'services';
  else if (path.length === 5 && fifth === 'source' && (key === 'secrets' || key === 'configs' || key === 'volumes')) kind = key;
  else if (path.length === 5 && key === 'build' && fourth === 'secrets') kind = 'secrets';
  if (!kind) return undefined;
  const names = kind === 'services' ? model.services.map((s) => s.name).filter((n) => n !== service) : model.declared(kind).map((e) => e.key);
  return { kind, names, detail: `${kind.replace(/s$/, '')} declared in this file` };
}

function currentService(parent: PathSegment[]): string | undefined {
  return parent[0] === 'services' && typeof parent[1] === 'string' ? parent[1] : undefined;
}

/** `key: `, or a block start for keys that only take a mapping or a list. */
function keyInsert(name: string, schemas: JsonSchema[]): string {
  const types = new Set(schemas.flatMap((s) => [s.type ?? []].flat()));
  const hasProperties = schemas.some((s) => s.properties || s.patternProperties);
  if (types.size === 1 && types.has('array')) return `${name}:\n$INDENT- $0`;
  if ((types.size === 1 && types.has('object')) || (types.size === 0 && hasProperties)) return `${name}:\n$INDENT$0`;
  return `${name}: $0`;
}

function shapeOf(schemas: JsonSchema[]): string | undefined {
  const names: Record<string, string> = { array: 'list', object: 'mapping', string: 'string', integer: 'number', number: 'number', boolean: 'boolean', null: 'empty' };
  const types = [...new Set(schemas.flatMap((s) => [s.type ?? []].flat()).map((t) => names[t] ?? t))].filter((t) => t !== 'empty');
  return types.length ? types.join(' | ') : undefined;
}

/** The file's indentation step, from its first indented line; two spaces when there is none. */
function indentUnit(text: string): string {
  const first = /\n( +)\S/.exec(text);
  return first ? first[1] : '  ';
}
