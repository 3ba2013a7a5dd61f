/**
 * `build.target` names a stage of the Dockerfile the service builds: "go to definition" opens that stage, completion
 * offers the Dockerfile's stages. The Dockerfile is read through `FeatureFacts.readFile` (the engine reads no files).
 */
import { isScalar, type Scalar } from 'yaml';
import type { Span } from '../../model';
import type { ExternalLocation, FeatureFacts, StageReference } from '../../features/types';
import { parseDocument } from '../../document';
import type { Stage } from '../../parse/dockerfile';
import type { ComposeModel, ComposeService } from '../model';
import { hasVariables } from '../interpolation';
import { spanInScalar, spanOf } from '../yaml-nodes';
import { join } from './links';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

/** The service whose `build.target` value is at the offset, with that value. */
export function targetAt(model: ComposeModel, offset: number): { service: ComposeService; target: Scalar } | undefined {
  for (const service of model.services) {
    const target = model.deref(model.resolve(service.get('build')?.value)?.get('target')?.value);
    const span = spanOf(target);
    if (isScalar(target) && span && offset >= span.start && offset <= span.end) return { service, target };
  }
  return undefined;
}

/** Every `build.target` written as plain text, with the Dockerfile its service builds. */
export function stageReferences(model: ComposeModel): StageReference[] {
  return model.services.flatMap((service): StageReference[] => {
    const target = model.deref(model.resolve(service.get('build')?.value)?.get('target')?.value);
    const dockerfile = dockerfileOf(model, service);
    if (!isScalar(target) || typeof target.value !== 'string' || !dockerfile || hasVariables(target.value)) return [];
    const span = spanInScalar(model.text, target, 0, target.value.length);
    return model.text.slice(span.start, span.end) === target.value ? [{ span, stage: target.value, dockerfile }] : [];
  });
}

/** The Dockerfile a service builds, relative to the Compose file; undefined for remote contexts and variables. */
function dockerfileOf(model: ComposeModel, service: ComposeService): string | undefined {
  const build = model.resolve(service.get('build')?.value);
  if (!build) return undefined;
  const context = model.deref(build.get('context')?.value);
  const dockerfile = model.deref(build.get('dockerfile')?.value);
  const contextPath = isScalar(context) ? String(context.value ?? '.') : '.';
  const file = isScalar(dockerfile) ? String(dockerfile.value ?? 'Dockerfile') : 'Dockerfile';
  return REMOTE.test(contextPath) || hasVariables(contextPath) || hasVariables(file) ? undefined : join(contextPath, file);
}

/** The stages of the Dockerfile a service builds, with where the file is; undefined when it cannot be read. */
export function buildStages(model: ComposeModel, service: ComposeService, facts: FeatureFacts | undefined): { path: string; text: string; stages: Stage[] } | undefined {
  const path = dockerfileOf(model, service);
  const text = path && facts?.readFile ? facts.readFile(path) : undefined;
  const parsed = text === undefined ? undefined : parseDocument(text, 'dockerfile').dockerfile;
  return path && parsed && text !== undefined ? { path, text, stages: parsed.stages } : undefined;
}

export function buildTargetDefinition(model: ComposeModel, offset: number, facts: FeatureFacts | undefined): ExternalLocation[] {
  const at = targetAt(model, offset);
  const found = at && buildStages(model, at.service, facts);
  const name = at && String(at.target.value).toLowerCase();
  const stage = found?.stages.find((s) => s.name === name);
  const span: Span | undefined = stage?.nameSpan;
  return found && span ? [{ path: found.path, text: found.text, span }] : [];
}

/** The stage names `build.target` may take in this service, as written in the Dockerfile. */
export function buildTargetNames(model: ComposeModel, service: ComposeService | undefined, facts: FeatureFacts | undefined): string[] {
  const found = service && buildStages(model, service, facts);
  return (found?.stages ?? []).flatMap((s) => (s.nameSpan ? [found!.text.slice(s.nameSpan.start, s.nameSpan.end)] : []));
}
