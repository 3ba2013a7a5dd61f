/**
 * The RUN steps our shell rules can read: those whose script runs under a POSIX shell. Under PowerShell or cmd the
 * same words mean other things (`curl` and `wget` are PowerShell aliases of Invoke-WebRequest), so we stay silent.
 */
import type { DockerfileModel } from '../parse/dockerfile';
import { runsPosixShell } from '../parse/stage-shell';
import { runSteps, type RunStep } from './package-managers';

export function* posixRunSteps(dockerfile: DockerfileModel, pragmaShell: string | undefined): Generator<RunStep> {
  for (const step of runSteps(dockerfile)) if (runsPosixShell(step.run, dockerfile, pragmaShell)) yield step;
}
