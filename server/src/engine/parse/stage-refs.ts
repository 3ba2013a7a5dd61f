/** What a `--from=<ref>` (COPY, RUN --mount) points at, resolved the way BuildKit resolves it. */
import type { DockerfileModel, Stage } from './dockerfile';

export type StageReference =
  | { kind: 'stage'; stage: Stage }
  /** A whole image reference (`nginx:1.27`, `ghcr.io/org/tool`, `…@sha256:…`). */
  | { kind: 'image' }
  /** `$VAR`: BuildKit refuses variables in `--from` and stops the build. */
  | { kind: 'variable' }
  | { kind: 'badIndex'; index: number }
  /** A bare name that is no stage: BuildKit uses a build context of that name or pulls the image `<name>:latest`. */
  | { kind: 'unknown' };

/**
 * BuildKit reads a number as a stage index and anything else as a stage name (case-insensitive, anywhere in
 * the file: stages form a graph, so a later stage may be named), falling back to an image.
 */
export function resolveStageReference(model: DockerfileModel, ref: string): StageReference {
  if (ref.includes('$')) return { kind: 'variable' };
  if (/^\d+$/.test(ref)) {
    const index = Number(ref);
    const stage = model.stages[index];
    return stage ? { kind: 'stage', stage } : { kind: 'badIndex', index };
  }
  const name = ref.toLowerCase();
  const stage = model.stages.find((s) => s.name === name);
  if (stage) return { kind: 'stage', stage };
  return /[:/@]/.test(ref) ? { kind: 'image' } : { kind: 'unknown' };
}
