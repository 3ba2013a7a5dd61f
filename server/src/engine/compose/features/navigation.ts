/** Go to definition and find references for names: services, networks, volumes, secrets, configs, models. */
import type { Span } from '../../model';
import type { ComposeModel } from '../model';
import { nodeAtOffset } from '../paths';
import { SECTION_OF, type ReferenceKind } from '../references';

const contains = (span: Span, offset: number) => offset >= span.start && offset <= span.end;
const KIND_OF_SECTION = Object.fromEntries(Object.entries(SECTION_OF).map(([kind, section]) => [section, kind as ReferenceKind]));

/** The name under the cursor: a reference, or a declaration (a key under `services`, `networks`, …). */
export function nameAt(model: ComposeModel, offset: number): { kind: ReferenceKind; name: string } | undefined {
  const reference = model.references.find((r) => contains(r.span, offset));
  if (reference) return reference;
  const at = nodeAtOffset(model.root ?? null, offset);
  if (!at?.onKey || at.path.length !== 2) return undefined;
  const kind = KIND_OF_SECTION[String(at.path[0])];
  return kind ? { kind, name: String(at.path[1]) } : undefined;
}

export function declarationOf(model: ComposeModel, kind: ReferenceKind, name: string): Span | undefined {
  return model.section(SECTION_OF[kind])?.get(name)?.keySpan;
}

export function composeDefinition(model: ComposeModel, offset: number): Span[] {
  const target = nameAt(model, offset);
  const span = target && declarationOf(model, target.kind, target.name);
  return span ? [span] : [];
}

export function composeReferences(model: ComposeModel, offset: number, includeDeclaration: boolean): Span[] {
  const target = nameAt(model, offset);
  if (!target) return [];
  const uses = model.references.filter((r) => r.kind === target.kind && r.name === target.name).map((r) => r.span);
  const declaration = includeDeclaration ? declarationOf(model, target.kind, target.name) : undefined;
  return declaration ? [declaration, ...uses] : uses;
}
