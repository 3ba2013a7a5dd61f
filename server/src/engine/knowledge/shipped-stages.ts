/**
 * Which stages end up in the image `docker build` produces: the final stage and the stages it is built on
 * (`FROM builder`). A stage that is only copied from (`COPY --from=build`) or built with `--target` never reaches
 * that image, so what it leaves in its layers costs build cache, not image size.
 */
import type { DockerfileModel, Stage } from '../parse/dockerfile';

export function shippedStages(dockerfile: DockerfileModel): Set<Stage> {
  const shipped = new Set<Stage>();
  for (let s: Stage | undefined = dockerfile.stages[dockerfile.stages.length - 1]; s; s = s.baseStage) shipped.add(s);
  return shipped;
}

/** A RUN outside any stage (before the first FROM) is checked as if shipped: the file is broken anyway. */
export function isShipped(stage: Stage | undefined, shipped: ReadonlySet<Stage>): boolean {
  return !stage || shipped.has(stage);
}

/** The stage and the stages it is built on, the first base first. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !chain.includes(s); s = s.baseStage) chain.unshift(s);
  return chain;
}
