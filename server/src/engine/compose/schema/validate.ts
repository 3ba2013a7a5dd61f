/**
 * Validates a Compose file against the bundled Compose Specification schema and turns ajv's errors into problems on
 * the right token: an unknown key on the key (with the closest known key), a wrong type or value on the value, a
 * missing key on the key of the mapping that lacks it. `oneOf`/`anyOf` alternatives (ports, volumes, build,
 * depends_on…) collapse into one problem about the alternative that matches the value's shape. Values with
 * `${VARIABLES}` are not judged: Compose substitutes them before it checks types.
 */
import type { ErrorObject } from 'ajv';
import { isScalar } from 'yaml';
import { validate } from './validate.generated';
import type { Span } from '../../model';
import type { ComposeModel } from '../model';
import type { PathSegment } from '../paths';
import type { ComposeEntry } from '../merge';
import { hasVariables } from '../interpolation';
import { closest } from '../suggest';
import { keysAt, takesNamedKeys } from './navigate';
import { spanInScalar } from '../yaml-nodes';

export type SchemaProblemKind = 'unknownKey' | 'invalidName' | 'wrongType' | 'notAllowed' | 'missingKey' | 'duplicateItem' | 'invalidValue';

export interface SchemaProblem {
  kind: SchemaProblemKind;
  span: Span;
  /** Message data: `key`, `where`, `subject`, `hint`, `expected`, `actual`, `allowed`, `property`, `item`, `detail`, `pattern`. */
  data: Record<string, string>;
  fix?: { kind: 'renameKey' | 'replaceValue'; to: string; span: Span };
}

/** A raw ajv error, or one made here from several alternatives that all failed on the value's type. */
interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** Keywords that judge a value (as opposed to the keys of a mapping): skipped when the value holds variables. */
const VALUE_KEYWORDS = new Set(['type', 'enum', 'const', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength']);

/**
 * Problems for the whole file. None when the YAML itself is broken (those errors come first and a half-parsed file
 * would only add noise) or when the value could not be expanded (an alias bomb is reported by its own rule).
 */
export function schemaProblems(model: ComposeModel): SchemaProblem[] {
  if (model.problems.some((p) => p.level === 'error')) return [];
  const expanded = model.value;
  if (!expanded.ok) return [];
  if (validate(expanded.value)) return [];
  const errors = collapseAlternatives((validate.errors ?? []) as ErrorObject[]).filter((e) => !judgesVariable(expanded.value, e));
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // A value of the wrong type fails its enum or pattern too; the type problem says enough.
    if (error.keyword !== 'type' && VALUE_KEYWORDS.has(error.keyword) && typed.has(error.instancePath)) continue;
    const problem = toProblem(model, expanded.value, error);
    if (!problem) continue;
    // Keys written once in an `x-` anchor and merged into several services fail once per service: report once.
    const id = `${problem.span.start}:${problem.span.end}:${problem.kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems;
}

/**
 * ajv reports each failing alternative's errors, then the `oneOf`/`anyOf` error itself, at the same or deeper
 * instance paths. Keep the errors of the alternatives whose shape matched the value; when none did, keep one type
 * error that lists every accepted type.
 */
function collapseAlternatives(errors: ErrorObject[]): SchemaError[] {
  const out: SchemaError[] = [];
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') {
      out.push(error);
      continue;
    }
    const at = error.instancePath;
    let first = out.length;
    while (first > 0 && (out[first - 1].instancePath === at || out[first - 1].instancePath.startsWith(at + '/'))) first--;
    const branches = out.splice(first);
    // `oneOf` that failed because several alternatives matched: the value is acceptable, so nothing to report.
    if (Array.isArray(error.params.passingSchemas)) continue;
    const mismatched = branches.filter((e) => e.keyword === 'type' && e.instancePath === at);
    const matched = branches.filter((e) => !mismatched.includes(e));
    if (matched.length > 0) out.push(...matched);
    else out.push({ keyword: 'type', instancePath: at, params: { type: [...new Set(mismatched.flatMap((e) => [e.params.type].flat()))] } });
  }
  return out;
}

function judgesVariable(value: unknown, error: SchemaError): boolean {
  if (!VALUE_KEYWORDS.has(error.keyword)) return false;
  const data = dataAt(value, pathOf(value, error.instancePath));
  return typeof data === 'string' && hasVariables(data);
}

/** An ajv instance path (JSON Pointer) as segments, array indexes as numbers. */
function pathOf(value: unknown, pointer: string): PathSegment[] {
  const path: PathSegment[] = [];
  let data = value;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(data) ? Number(token) : token;
    path.push(segment);
    data = (data as Record<string, unknown> | undefined)?.[segment as string];
  }
  return path;
}

function dataAt(value: unknown, path: readonly PathSegment[]): unknown {
  let data = value;
  for (const segment of path) data = (data as Record<string, unknown> | null | undefined)?.[segment as string];
  return data;
}

function toProblem(model: ComposeModel, value: unknown, error: SchemaError): SchemaProblem | undefined {
  const path = pathOf(value, error.instancePath);
  const data = dataAt(value, path);
  const here = model.locate(path);
  if (!here) return undefined;
  const subject = subjectOf(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const entry = model.locate([...path, key])?.entry;
      if (!entry) return undefined;
      const where = writtenWhere(model, entry, path);
      const named = takesNamedKeys(path);
      if (named) return { kind: 'invalidName', span: entry.keySpan, data: { key, where, pattern: `\`${named.pattern}\`` } };
      const known = keysAt(path).map((k) => k.name);
      const suggestion = closest(key, known);
      const problem: SchemaProblem = { kind: 'unknownKey', span: entry.keySpan, data: { key, where, hint: suggestion ? `; did you mean \`${suggestion}\`?` : '.' } };
      const siblings = model.resolve(here.node);
      if (suggestion && !siblings?.has(suggestion)) {
        const span = spanInScalar(model.text, entry.keyNode, 0, key.length);
        if (model.text.slice(span.start, span.end) === key) problem.fix = { kind: 'renameKey', to: suggestion, span };
      }
      return problem;
    }
    case 'required': {
      const property = String(error.params.missingProperty);
      return { kind: 'missingKey', span: keyOrFirstLine(model, path, here.span), data: { subject, property } };
    }
    case 'type': {
      const expected = [error.params.type].flat().map(String);
      return { kind: 'wrongType', span: here.span, data: { subject, expected: typeList(expected), actual: typeOfValue(data) } };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const problem: SchemaProblem = { kind: 'notAllowed', span: here.span, data: { subject, allowed: allowed.map((a) => `\`${a}\``).join(', '), hint: '.' } };
      const suggestion = typeof data === 'string' ? closest(data, allowed) : undefined;
      if (suggestion && isScalar(here.node) && typeof data === 'string') {
        problem.data.hint = `; did you mean \`${suggestion}\`?`;
        const span = spanInScalar(model.text, here.node, 0, data.length);
        if (model.text.slice(span.start, span.end) === data) problem.fix = { kind: 'replaceValue', to: suggestion, span };
      }
      return problem;
    }
    case 'uniqueItems': {
      // ajv scans from the end: `j` is the later of the two equal items, the one to remove.
      const duplicate = model.locate([...path, Number(error.params.j)]);
      const item = dataAt(value, [...path, Number(error.params.j)]);
      return { kind: 'duplicateItem', span: duplicate?.span ?? here.span, data: { subject, item: `\`${typeof item === 'string' ? item : JSON.stringify(item)}\`` } };
    }
    default:
      return { kind: 'invalidValue', span: here.span, data: { subject, detail: detailOf(error) } };
  }
}

/** `whereOf`, or for a key merged in from an anchor, where it is written: "under `x-base`, merged into service `a`". */
function writtenWhere(model: ComposeModel, entry: ComposeEntry, path: readonly PathSegment[]): string {
  const source = entry.mergedVia ? model.pathOf(entry.keyNode) : undefined;
  if (!source) return whereOf(path);
  return `${whereOf(source.slice(0, -1))}, merged into ${whereOf(path).replace(/^(in|under|at) /, '')}`;
}

/** Where a missing key is reported: the key of the mapping that lacks it, or the first line of a list item. */
function keyOrFirstLine(model: ComposeModel, path: readonly PathSegment[], fallback: Span): Span {
  const located = model.locate(path);
  if (located?.entry) return located.entry.keySpan;
  const lineEnd = model.text.indexOf('\n', fallback.start);
  return { start: fallback.start, end: Math.min(fallback.end, lineEnd < 0 ? fallback.end : lineEnd) };
}

function detailOf(error: SchemaError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'pattern':
      return `does not match the format Compose expects (\`${String(p.pattern)}\`)`;
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case 'minItems':
      return `needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'minProperties':
      return `needs at least ${String(p.limit)} key${p.limit === 1 ? '' : 's'}`;
    default:
      return 'is not a value Compose accepts here';
  }
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  null: 'empty',
};

function typeList(types: string[]): string {
  const names = [...new Set(types.filter((t) => !(t === 'integer' && types.includes('number'))).map((t) => TYPE_NAMES[t] ?? t))];
  return names.length <= 1 ? (names[0] ?? 'something else') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function typeOfValue(data: unknown): string {
  if (data === null || data === undefined) return 'empty';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a mapping';
  if (typeof data === 'number') return `the number ${data}`;
  if (typeof data === 'boolean') return `\`${data}\``;
  return 'a string';
}

/** `ports[0]`, `deploy.resources.limits`: a path's tail the way people write it. */
function dotted(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

const SINGULAR: Record<string, string> = { services: 'service', networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config', models: 'model' };

/** Where a path's children live, for messages: "in service `api`", "in `build` of service `api`", "at the top level". */
export function whereOf(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'at the top level';
  const [section, name, ...rest] = path;
  const kind = SINGULAR[String(section)];
  if (!kind || name === undefined) return `under \`${dotted(path)}\``;
  return rest.length === 0 ? `in ${kind} \`${name}\`` : `in \`${dotted(rest)}\` of ${kind} \`${name}\``;
}

/** How a message names the value at a path: "`ports` in service `api`", "`ports[0]` in service `api`". */
function subjectOf(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'The Compose file';
  let split = path.length - 1;
  while (split > 0 && typeof path[split] === 'number') split--;
  return `\`${dotted(path.slice(split))}\` ${whereOf(path.slice(0, split))}`;
}
