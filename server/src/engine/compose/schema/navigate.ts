/**
 * Reading the bundled Compose schema by logical path: which keys a mapping may have, their descriptions, the
 * allowed values. `$ref`s are resolved and `oneOf`/`anyOf` branches are all kept, so a path like
 * `services/api/build` offers both the string and the mapping form.
 */
import schemaJson from './compose-schema.generated.json';
import type { PathSegment } from '../paths';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  required?: string[];
  deprecated?: boolean;
  pattern?: string;
}

const root = schemaJson as unknown as JsonSchema & { definitions: Record<string, JsonSchema> };

function deref(schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let guard = 0; current.$ref && guard < 20; guard++) {
    const name = current.$ref.replace('#/definitions/', '');
    current = { ...root.definitions[name], description: current.description ?? root.definitions[name]?.description };
  }
  return current;
}

/** A schema with its `$ref` followed and its `oneOf`/`anyOf`/`allOf` branches flattened into alternatives. */
export function alternatives(schema: JsonSchema): JsonSchema[] {
  const resolved = deref(schema);
  const branches = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])];
  if (branches.length === 0) return [resolved];
  // A branch without its own description inherits the parent's.
  return [resolved, ...branches.flatMap((b) => alternatives({ ...b, description: b.description ?? resolved.description }))];
}

/** The schema alternatives for the value at a logical path (empty when the schema says nothing about it). */
export function schemasAt(path: readonly PathSegment[]): JsonSchema[] {
  let current: JsonSchema[] = alternatives(root);
  for (const segment of path) {
    const next: JsonSchema[] = [];
    for (const schema of current) {
      if (typeof segment === 'number' || /^\d+$/.test(String(segment))) {
        if (schema.items) next.push(...alternatives(schema.items));
      }
      if (typeof segment === 'string') next.push(...childSchemas(schema, segment));
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

const patterns = new Map<string, RegExp>();
const compiled = (pattern: string) => patterns.get(pattern) ?? patterns.set(pattern, new RegExp(pattern, 'u')).get(pattern)!;

function childSchemas(schema: JsonSchema, key: string): JsonSchema[] {
  const own = schema.properties?.[key];
  if (own) return alternatives(own);
  for (const [pattern, child] of Object.entries(schema.patternProperties ?? {})) {
    if (compiled(pattern).test(key)) return alternatives(child);
  }
  if (typeof schema.additionalProperties === 'object') return alternatives(schema.additionalProperties);
  return [];
}

export interface KeyInfo {
  name: string;
  description?: string;
  schemas: JsonSchema[];
  deprecated: boolean;
}

/** The keys the schema names for the mapping at a path, across all alternatives, in schema order. */
export function keysAt(path: readonly PathSegment[]): KeyInfo[] {
  const keys = new Map<string, KeyInfo>();
  for (const schema of schemasAt(path)) {
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const info = keys.get(name) ?? { name, schemas: [], deprecated: false };
      info.schemas.push(...alternatives(child));
      info.description ??= child.description ?? deref(child).description;
      info.deprecated ||= !!child.deprecated;
      keys.set(name, info);
    }
  }
  return [...keys.values()];
}

/** Whether the mapping at a path takes names the user chooses (services, networks, `depends_on` targets…). */
export function takesNamedKeys(path: readonly PathSegment[]): { pattern: string } | undefined {
  for (const schema of schemasAt(path)) {
    const pattern = Object.keys(schema.patternProperties ?? {}).find((p) => p !== '^x-');
    if (pattern) return { pattern };
  }
  return undefined;
}

/** The description the schema gives the value at a path. */
export function descriptionAt(path: readonly PathSegment[]): string | undefined {
  return schemasAt(path).find((s) => s.description)?.description;
}

/** Allowed values the schema lists for the value at a path. */
export function enumAt(path: readonly PathSegment[]): string[] {
  const values = new Set<string>();
  for (const schema of schemasAt(path)) for (const value of schema.enum ?? []) values.add(String(value));
  return [...values];
}

/** The JSON types the value at a path may have. */
export function typesAt(path: readonly PathSegment[]): Set<string> {
  const types = new Set<string>();
  for (const schema of schemasAt(path)) {
    for (const type of [schema.type ?? []].flat()) types.add(type);
  }
  return types;
}
