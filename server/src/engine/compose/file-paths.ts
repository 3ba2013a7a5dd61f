/**
 * The local paths a Compose file needs to exist when it runs: build contexts, their Dockerfiles and env files,
 * relative to the Compose file's directory. Remote contexts (URLs, Git), `dockerfile_inline`, optional env files and
 * paths with variables are left out. Adapters may use the list to tell which file facts a lint depends on.
 */
import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Span } from '../model';
import type { ComposeModel } from './model';
import { hasVariables } from './interpolation';
import { spanInScalar } from './yaml-nodes';

export type PathKind = 'build context' | 'Dockerfile' | 'env file';

export interface ReferencedPath {
  kind: PathKind;
  /** Relative to the Compose file's directory, `/`-separated (or absolute). */
  path: string;
  /** The path as written. */
  span: Span;
  /** The service that needs it. */
  service: string;
  /** Other paths that would do instead (the default Dockerfile may be spelt `dockerfile`). */
  alternatives?: string[];
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)|\.git(?:#.*)?$/i;

export function referencedPaths(model: ComposeModel): ReferencedPath[] {
  const found: ReferencedPath[] = [];
  const seen = new Set<string>();
  const add = (kind: PathKind, service: string, scalar: Scalar, path: string, alternatives?: string[]) => {
    const span = spanInScalar(model.text, scalar, 0, String(scalar.value).length);
    const key = `${kind}:${span.start}:${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind, path, span, service, ...(alternatives ? { alternatives } : {}) });
  };
  for (const service of model.services) {
    const build = service.get('build');
    const buildMap = model.resolve(build?.value);
    const contextNode = buildMap ? buildMap.get('context')?.value : build?.value;
    const context = localPath(model.deref(contextNode));
    const contextText = buildMap && !buildMap.has('context') ? '.' : context ? String(context.value) : undefined;
    if (context && contextText) add('build context', service.name, context, contextText);
    const dockerfile = localPath(model.deref(buildMap?.get('dockerfile')?.value));
    if (dockerfile && contextText !== undefined && !buildMap?.has('dockerfile_inline')) add('Dockerfile', service.name, dockerfile, join(contextText, String(dockerfile.value)));
    // No `dockerfile`: the context's own `Dockerfile` (or `dockerfile`), reported on the context.
    if (context && contextText !== undefined && !buildMap?.has('dockerfile') && !buildMap?.has('dockerfile_inline')) {
      add('Dockerfile', service.name, context, join(contextText, 'Dockerfile'), [join(contextText, 'dockerfile')]);
    }
    for (const file of envFiles(model, service.get('env_file')?.value)) add('env file', service.name, file, String(file.value));
  }
  return found;
}

/** `env_file` as a path, a list of paths, or a list of `{ path, required }`; optional files are left out. */
function envFiles(model: ComposeModel, node: Node | null | undefined): Scalar[] {
  const value = model.deref(node);
  const items = isSeq(value) ? value.items.map((i) => model.deref(i)) : [value];
  return items.flatMap((item) => {
    const direct = localPath(item);
    if (direct) return [direct];
    const map = model.resolve(item);
    const required = model.deref(map?.get('required')?.value);
    if (isScalar(required) && (required.value === false || required.value === 'false')) return [];
    const path = localPath(model.deref(map?.get('path')?.value));
    return path ? [path] : [];
  });
}

function localPath(node: Node | null | undefined): Scalar | undefined {
  return isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' && !REMOTE.test(node.value) && !hasVariables(node.value) && !node.value.startsWith('~')
    ? node
    : undefined;
}

/** `dir` + `file` with `/`; an absolute `file` wins. */
function join(dir: string, file: string): string {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return file;
  const base = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return base === '' || base === '.' ? file : `${base}/${file.replace(/^\.\//, '')}`;
}
