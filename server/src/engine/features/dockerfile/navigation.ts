/** Definition, references, highlights and rename over the occurrences of a Dockerfile (see ./occurrences.ts). */
import type { Edit, Span } from '../../model';
import type { DockerfileModel } from '../../parse/dockerfile';
import type { HighlightEntry, PrepareRenameResult, RenameResult } from '../types';
import { occurrenceAt, occurrencesOf, siblingsOf, type Occurrence } from './occurrences';
import { fromValues } from './stages';
import { declaredBy } from './variables';

export function dockerfileDefinition(model: DockerfileModel, offset: number): Span[] {
  const at = occurrenceAt(model, offset);
  return at?.definition ? [at.definition] : [];
}

export function dockerfileReferences(model: DockerfileModel, offset: number, includeDeclaration: boolean): Span[] {
  const at = occurrenceAt(model, offset);
  if (!at) return [];
  return siblingsOf(model, at)
    .filter((o) => includeDeclaration || o.role === 'use')
    .map((o) => o.span);
}

export function dockerfileHighlights(model: DockerfileModel, offset: number): HighlightEntry[] {
  const at = occurrenceAt(model, offset);
  return at ? siblingsOf(model, at).map((o) => ({ span: o.span, kind: o.role === 'declaration' ? 'write' : 'read' })) : [];
}

export function dockerfileStageAt(model: DockerfileModel, offset: number): string | undefined {
  const at = occurrenceAt(model, offset);
  return at?.kind === 'stage' ? model.stages[Number(at.symbol.slice('stage:'.length))]?.name : undefined;
}

export function dockerfilePrepareRename(model: DockerfileModel, offset: number): PrepareRenameResult | undefined {
  const at = occurrenceAt(model, offset);
  if (!at) return undefined;
  if (at.fixed) return { error: at.fixed };
  return { span: at.span, placeholder: model.text.slice(at.span.start, at.span.end) };
}

export function dockerfileRename(model: DockerfileModel, offset: number, newName: string): RenameResult | undefined {
  const at = occurrenceAt(model, offset);
  if (!at) return undefined;
  if (at.fixed) return { error: at.fixed };
  const refusal = CHECKS[at.kind](model, at, newName);
  if (refusal) return { error: refusal };
  const edits: Edit[] = siblingsOf(model, at)
    .filter((o) => !o.fixed)
    .map((o) => ({ span: o.span, text: newName }));
  return { edits };
}

type Check = (model: DockerfileModel, at: Occurrence, newName: string) => string | undefined;

/** BuildKit's rule for stage names. */
const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/i;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DELIMITER = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const CHECKS: Record<Occurrence['kind'], Check> = {
  stage(model, at, newName) {
    if (!STAGE_NAME.test(newName)) return `\`${newName}\` is not a valid stage name: use a letter followed by letters, digits, \`-\`, \`_\` or \`.\`.`;
    const lower = newName.toLowerCase();
    if (lower === 'scratch') return '`scratch` is reserved for the empty image.';
    const existing = model.stages.find((s) => s.name === lower);
    if (existing && `stage:${existing.index}` !== at.symbol) return `A stage named \`${newName}\` already exists.`;
    // An image written without a tag would start to mean the renamed stage (a change of case only keeps the meaning).
    const images = [
      ...model.stages.map((s) => s.image?.text),
      ...model.instructions.flatMap((i) => fromValues(model.text, i).map((v) => v.value)),
    ];
    if (!existing && images.some((image) => image?.toLowerCase() === lower)) return `\`${newName}\` is used as an image name in this file; renaming the stage would change what it refers to.`;
    return undefined;
  },
  variable(model, _at, newName) {
    if (!VARIABLE_NAME.test(newName)) return `\`${newName}\` is not a valid variable name: use letters, digits and \`_\`, not starting with a digit.`;
    const taken = occurrencesOf(model).some((o) => o.kind === 'variable' && model.text.slice(o.span.start, o.span.end) === newName);
    const declared = model.instructions.some((i) => (i.keyword === 'ARG' || i.keyword === 'ENV') && declaredBy(model.text, i).some((d) => d.name === newName));
    return taken || declared ? `\`${newName}\` is already used in this Dockerfile; renaming would merge two variables.` : undefined;
  },
  heredoc(model, at, newName) {
    if (!DELIMITER.test(newName)) return `\`${newName}\` is not a valid heredoc delimiter: use letters, digits, \`_\`, \`-\` or \`.\`.`;
    const instruction = model.instructions.find((i) => i.span.start <= at.span.start && at.span.end <= i.span.end);
    const bodyLines = instruction?.heredocs.flatMap((h) => (h.bodySpan ? model.text.slice(h.bodySpan.start, h.bodySpan.end).split('\n') : [])) ?? [];
    if (bodyLines.some((line) => line.replace(/^\t+/, '').replace(/\r$/, '') === newName)) return `A line of the heredoc reads \`${newName}\`: it would end the heredoc early.`;
    return undefined;
  },
};
