/**
 * Rename and highlights for the names a Compose file declares and uses: services, networks, volumes, secrets, configs
 * and models. The declaration key and every reference (see ../references.ts) change together.
 */
import type { Edit, Span } from '../../model';
import type { HighlightEntry, PrepareRenameResult, RenameResult } from '../../features/types';
import type { ComposeModel } from '../model';
import { SECTION_OF } from '../references';
import { declarationOf, nameAt } from './navigation';

const contains = (span: Span, offset: number) => offset >= span.start && offset <= span.end;
/** What Compose accepts as a service or resource name. */
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/** Plain scalars YAML would read as something other than a string. */
const NOT_A_STRING = /^(?:true|false|yes|no|on|off|y|n|null|[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+)$/i;

interface Occurrence {
  span: Span;
  role: 'declaration' | 'use';
}

/** The declaration and the uses of the name at the offset, each once, with spans on the name's characters. */
function occurrencesAt(model: ComposeModel, offset: number): { kind: string; name: string; occurrences: Occurrence[] } | undefined {
  const target = nameAt(model, offset);
  if (!target) return undefined;
  const found: Occurrence[] = [];
  const add = (span: Span, role: Occurrence['role']) => {
    const inner = unquoted(model.text, span);
    if (!found.some((o) => o.span.start === inner.start)) found.push({ span: inner, role });
  };
  const declaration = declarationOf(model, target.kind, target.name);
  if (declaration) add(declaration, 'declaration');
  for (const r of model.references) if (r.kind === target.kind && r.name === target.name) add(r.span, 'use');
  return { kind: target.kind, name: target.name, occurrences: found.sort((a, b) => a.span.start - b.span.start) };
}

/** A quoted key's span without its quotes. */
function unquoted(text: string, span: Span): Span {
  const first = text[span.start];
  return (first === '"' || first === "'") && text[span.end - 1] === first && span.end - span.start >= 2 ? { start: span.start + 1, end: span.end - 1 } : span;
}

export function composeHighlights(model: ComposeModel, offset: number): HighlightEntry[] {
  return (occurrencesAt(model, offset)?.occurrences ?? []).map((o) => ({ span: o.span, kind: o.role === 'declaration' ? 'write' : 'read' }));
}

export function composePrepareRename(model: ComposeModel, offset: number): PrepareRenameResult | undefined {
  const found = occurrencesAt(model, offset);
  const here = found?.occurrences.find((o) => contains(o.span, offset));
  if (!found || !here) return undefined;
  const refusal = unsafeSpelling(model, found.name, found.occurrences);
  return refusal ? { error: refusal } : { span: here.span, placeholder: found.name };
}

export function composeRename(model: ComposeModel, offset: number, newName: string): RenameResult | undefined {
  const found = occurrencesAt(model, offset);
  if (!found) return undefined;
  const refusal = unsafeSpelling(model, found.name, found.occurrences);
  if (refusal) return { error: refusal };
  if (!NAME.test(newName) || NOT_A_STRING.test(newName)) return { error: `\`${newName}\` is not a valid ${found.kind} name: use letters, digits, \`_\`, \`.\` or \`-\`, starting with a letter or digit.` };
  const section = SECTION_OF[found.kind as keyof typeof SECTION_OF];
  if (newName !== found.name && model.section(section)?.get(newName)) return { error: `A ${found.kind} named \`${newName}\` already exists.` };
  const edits: Edit[] = found.occurrences.map((o) => ({ span: o.span, text: newName }));
  return { edits };
}

/** A name written with escapes (or inside a value that spells it differently) cannot be edited character by character. */
function unsafeSpelling(model: ComposeModel, name: string, occurrences: Occurrence[]): string | undefined {
  const odd = occurrences.find((o) => model.text.slice(o.span.start, o.span.end) !== name);
  return odd ? `\`${name}\` is spelled with escapes or inside a longer value in one place; rename it by hand.` : undefined;
}
