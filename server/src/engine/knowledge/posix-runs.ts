/**
 * The RUN steps our shell rules can read: those whose script runs under a POSIX shell. Under PowerShell or cmd the
 * same words mean other things (`curl` and `wget` are PowerShell aliases of Invoke-WebRequest), so we stay silent.
 */
import type { DockerfileModel } from '../parse/dockerfile';
import { runsPosixShell } from '../parse/stage-shell';
import { runSteps, type RunStep } from './package-managers';

export function posixRunSteps(dockerfile: DockerfileModel, pragmaShell: string | undefined): readonly RunStep[] {
  let byPragma = posixStepsOf.get(dockerfile);
  if (!byPragma) posixStepsOf.set(dockerfile, (byPragma = new Map()));
  let steps = byPragma.get(pragmaShell);
  if (!steps) {
    steps = runSteps(dockerfile).filter((step) => runsPosixShell(step.run, dockerfile, pragmaShell));
    byPragma.set(pragmaShell, steps);
  }
  return steps;
}

/** Computed once per model and pragma shell: most RUN rules ask for these steps. */
const posixStepsOf = new WeakMap<DockerfileModel, Map<string | undefined, readonly RunStep[]>>();
