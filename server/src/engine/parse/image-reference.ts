/**
 * Image references as a registry reads them (`[host[:port]/]path[:tag][@digest]`), and the base image of a stage
 * after the global ARGs' defaults are substituted — what a build without `--build-arg` would pull.
 */
import type { DockerfileModel, Stage } from './dockerfile';
import { expandWord, findVariableReferences, globalArgsOf, hasFallback, type GlobalArg } from './variables';
import { PREDEFINED_PLATFORM_ARGS } from '../knowledge/predefined-args';

export interface ImageParts {
  /** Registry host, when the first path component names one (`ghcr.io`, `localhost:5000`). */
  registry: string | undefined;
  /** Repository path without the registry (`node`, `library/node`, `org/app`). */
  path: string;
  tag: string | undefined;
  digest: string | undefined;
}

export function splitImageReference(reference: string): ImageParts {
  let rest = reference;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, path: rest, tag, digest };
}

// The grammar of github.com/distribution/reference, which the builder uses to parse FROM.
const HOST_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${HOST_COMPONENT}(?:\\.${HOST_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const REFERENCE = new RegExp(`^${NAME}(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);

/** Whether a registry would accept `reference` as an image name (after variables are substituted). */
export function isValidImageReference(reference: string): boolean {
  return reference.length > 0 && reference.length <= 255 + 128 + 80 && REFERENCE.test(reference);
}

export interface ResolvedBaseImage {
  /** The reference after substituting the global ARGs' defaults. */
  text: string;
  parts: ImageParts;
  /** Variables were substituted: `text` is not what the FROM line says literally. */
  substituted: boolean;
}

/**
 * The external image a stage starts from, as a build without `--build-arg` would resolve it. Undefined for
 * `scratch`, for a stage built on an earlier stage, and when the value cannot be known (an ARG without a default,
 * a platform ARG, an undeclared variable, a modifier we do not evaluate).
 */
export function resolveBaseImage(model: DockerfileModel, stage: Stage, globals: Map<string, GlobalArg> = globalArgsOf(model)): ResolvedBaseImage | undefined {
  const image = stage.image;
  if (!image) return undefined;
  let text = image.text;
  if (image.hasVariables) {
    const references = findVariableReferences(model.text, image.span.start, image.span.end, model.escapeChar);
    for (const ref of references) {
      const global = globals.get(ref.name);
      if (global && !global.known) return undefined;
      if (global?.value !== undefined) continue;
      // Without a default the value only comes from `--build-arg` or the builder's platform.
      if (PREDEFINED_PLATFORM_ARGS.has(ref.name) || !hasFallback(ref)) return undefined;
    }
    const expanded = expandWord(image.text, (name) => globals.get(name)?.value, model.escapeChar);
    if (expanded === undefined) return undefined;
    text = expanded;
  }
  if (text.toLowerCase() === 'scratch') return undefined;
  if (isStageName(model, stage, text)) return undefined;
  return { text, parts: splitImageReference(text), substituted: image.hasVariables };
}

/** `FROM builder` where `builder` names an earlier stage. */
function isStageName(model: DockerfileModel, stage: Stage, text: string): boolean {
  const name = text.toLowerCase();
  return model.stages.some((s) => s.index < stage.index && s.name === name);
}
