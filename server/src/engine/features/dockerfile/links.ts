/**
 * Document links: an image in FROM to its page on the registry (Docker Hub, GitHub's container registry, Microsoft's,
 * Quay); a COPY/ADD source to the file in the build context, taken to be the Dockerfile's directory, when it exists.
 * Stage names, `scratch`, images whose name has variables, other registries, globs, URLs and `--from` copies get no link.
 */
import type { DockerInstruction, DockerfileModel, ImageRef } from '../../parse/dockerfile';
import type { FeatureFacts, LinkEntry } from '../types';

export function dockerfileLinks(model: DockerfileModel, facts: FeatureFacts | undefined): LinkEntry[] {
  const links: LinkEntry[] = [];
  for (const stage of model.stages) {
    const url = stage.image && !stage.baseStage ? registryPage(stage.image) : undefined;
    if (url && stage.image) links.push({ span: stage.image.span, target: url, tooltip: 'Open the image on its registry' });
  }
  if (facts?.pathExists) {
    for (const instruction of model.instructions) links.push(...sourceLinks(instruction, facts.pathExists));
  }
  return links;
}

const DOCKER_HUB = new Set([undefined, 'docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** The registry's page for an image, or undefined for registries we do not know. */
export function registryPage(image: ImageRef): string | undefined {
  // A variable in the tag alone (`node:${VERSION}`) still leaves the repository known.
  if (/\$/.test(`${image.registry ?? ''}/${image.name}`) || image.name.toLowerCase() === 'scratch' || image.name === '') return undefined;
  const registry = image.registry?.toLowerCase();
  const parts = image.name.split('/');
  if (DOCKER_HUB.has(registry)) {
    if (parts.length === 1 || (parts.length === 2 && parts[0] === 'library')) return `https://hub.docker.com/_/${parts[parts.length - 1]}`;
    return parts.length === 2 ? `https://hub.docker.com/r/${image.name}` : undefined;
  }
  if (registry === 'ghcr.io' && parts.length >= 2) {
    // The package usually belongs to the repository of the same name (ghcr.io/astral-sh/uv ↔ github.com/astral-sh/uv).
    const [owner, ...rest] = parts;
    return `https://github.com/${owner}/${rest[0]}/pkgs/container/${encodeURIComponent(rest.join('/'))}`;
  }
  if (registry === 'mcr.microsoft.com') return `https://mcr.microsoft.com/artifact/mar/${image.name}`;
  if (registry === 'quay.io' && parts.length >= 2) return `https://quay.io/repository/${image.name}`;
  return undefined;
}

const NOT_A_LOCAL_FILE = /[*?[$]|^[a-z][a-z0-9+.-]*:\/\/|^git@|^<</i;

function sourceLinks(instruction: DockerInstruction, pathExists: (path: string) => boolean | undefined): LinkEntry[] {
  if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || instruction.flags.some((f) => f.name === 'from')) return [];
  const words = instruction.form === 'exec' ? instruction.execArgs : instruction.args;
  return words.slice(0, -1).flatMap((word): LinkEntry[] => {
    const path = word.value.replace(/^\.\//, '');
    if (path === '' || path === '.' || NOT_A_LOCAL_FILE.test(word.value) || pathExists(path) !== true) return [];
    // An exec-form word's span includes its quotes.
    const span = instruction.form === 'exec' ? { start: word.span.start + 1, end: word.span.end - 1 } : word.span;
    return [{ span, target: path, tooltip: 'Open this file of the build context' }];
  });
}
