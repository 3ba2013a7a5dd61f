/**
 * Document links from paths in a Compose file to the files they name: the Dockerfile a `build` uses (its context
 * plus `dockerfile`), `env_file`s, included Compose files, the base file of `extends`, and secret or config files.
 * Paths with variables, URLs and Git contexts get no link.
 */
import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { LinkEntry } from '../../features/types';
import type { ComposeModel } from '../model';
import { hasVariables } from '../interpolation';
import { spanInScalar } from '../yaml-nodes';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

function localPath(node: Node | null | undefined): Scalar | undefined {
  return isScalar(node) && typeof node.value === 'string' && node.value !== '' && !REMOTE.test(node.value) && !hasVariables(node.value) ? node : undefined;
}

/** `dir` + `file`, with `/` separators and `./` dropped; absolute `file` wins. */
export function join(dir: string, file: string): string {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return file;
  const base = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return base === '' || base === '.' ? file : `${base}/${file.replace(/^\.\//, '')}`;
}

export function composeLinks(model: ComposeModel): LinkEntry[] {
  const links: LinkEntry[] = [];
  const link = (scalar: Scalar, target: string, tooltip: string) => {
    links.push({ span: spanInScalar(model.text, scalar, 0, String(scalar.value).length), target, tooltip });
  };
  /** A path, a list of paths, or list items of the form `{ path: … }`. */
  const paths = (node: Node | null | undefined, tooltip: string) => {
    const value = model.deref(node);
    const items = isSeq(value) ? value.items.map((i) => model.deref(i)) : [value];
    for (const item of items) {
      const scalar = localPath(item) ?? localPath(model.deref(model.resolve(item)?.get('path')?.value));
      if (scalar) link(scalar, String(scalar.value), tooltip);
      const nested = model.resolve(item)?.get('path')?.value;
      if (isSeq(model.deref(nested))) paths(nested, tooltip);
    }
  };

  for (const service of model.services) {
    const build = service.get('build');
    const context = localPath(model.deref(build?.value));
    if (context) link(context, join(String(context.value), 'Dockerfile'), 'Open the Dockerfile of this build context');
    const buildMap = model.resolve(build?.value);
    if (buildMap) {
      const contextNode = model.deref(buildMap.get('context')?.value);
      const contextPath = isScalar(contextNode) ? String(contextNode.value ?? '.') : '.';
      const dockerfile = localPath(model.deref(buildMap.get('dockerfile')?.value));
      const local = !REMOTE.test(contextPath) && !hasVariables(contextPath);
      const contextScalar = localPath(contextNode);
      if (local && contextScalar && !dockerfile) link(contextScalar, join(contextPath, 'Dockerfile'), 'Open the Dockerfile of this build context');
      if (local && dockerfile) link(dockerfile, join(contextPath, String(dockerfile.value)), 'Open this Dockerfile');
    }
    paths(service.get('env_file')?.value, 'Open this environment file');
    const extendsFile = localPath(model.deref(model.resolve(service.get('extends')?.value)?.get('file')?.value));
    if (extendsFile) link(extendsFile, String(extendsFile.value), 'Open the file this service extends');
  }
  const includes = model.deref(model.top?.get('include')?.value);
  if (isSeq(includes)) {
    for (const item of includes.items) {
      const value = model.deref(item);
      const direct = localPath(value);
      if (direct) link(direct, String(direct.value), 'Open the included Compose file');
      const entry = model.resolve(value);
      paths(entry?.get('path')?.value, 'Open the included Compose file');
      paths(entry?.get('env_file')?.value, 'Open this environment file');
    }
  }
  for (const section of ['secrets', 'configs']) {
    for (const entry of model.section(section)?.entries ?? []) {
      const file = localPath(model.deref(model.resolve(entry.value)?.get('file')?.value));
      if (file) link(file, String(file.value), `Open the file of this ${section.slice(0, -1)}`);
    }
  }
  return links;
}
