/**
 * Whether a stage has `/bin/sh`. `scratch`, distroless, Chainguard and chiseled images ship none: RUN and
 * shell-form CMD/ENTRYPOINT/HEALTHCHECK cannot work on them. Their debug variants (distroless `:debug`, Chainguard
 * `-dev`) add a BusyBox shell, and a stage can bring its own (a root file system archive, a copied BusyBox).
 */
import type { DockerInstruction, Stage } from '../parse/dockerfile';
import { copyArgsOf } from '../parse/copy-args';
import { addSourceKind } from './add-sources';
import { imageFamilyOf } from './base-images';

export interface ShellessBase {
  kind: 'scratch' | 'distroless';
  /** The image as written in FROM. */
  image: string;
}

const SHELL_BINARIES = /(^|\/)(sh|bash|ash|dash|busybox|bin\/?)$/;

/**
 * The shell-less image the stage is built on, when nothing before `before` gave it a shell; undefined when the
 * stage has a shell or we cannot know (a variable in FROM, an image we do not know).
 */
export function shellessBaseOf(stage: Stage, text: string, before = Infinity): ShellessBase | undefined {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.baseStage) chain.unshift(s);
  const image = chain[0].image;
  if (!image || image.hasVariables) return undefined;
  const family = imageFamilyOf(image);
  if (family !== 'scratch' && family !== 'distroless') return undefined;
  if (/(^|[-_.])(debug|dev)($|[-_.])/.test((image.tag ?? '').toLowerCase())) return undefined;
  const steps = chain.flatMap((s) => s.instructions).filter((i) => i.span.start < before);
  if (steps.some((i) => bringsShell(i, text))) return undefined;
  return { kind: family, image: family === 'scratch' ? 'scratch' : image.text };
}

/** SHELL names a shell the author put there; ADD of a root file system archive or a copied shell binary brings one. */
function bringsShell(instruction: DockerInstruction, text: string): boolean {
  if (instruction.keyword === 'SHELL') return true;
  const args = copyArgsOf(instruction, text);
  if (!args) return false;
  return args.sources.some((s) => SHELL_BINARIES.test(s.value) || s.value === '/' || (instruction.keyword === 'ADD' && addSourceKind(s.value) === 'archive'));
}
