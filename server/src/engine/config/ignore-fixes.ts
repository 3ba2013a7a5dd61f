/**
 * The "Ignore <rule> for this line" and "Ignore <rule> in this file" fixes every finding gets in the editor: a
 * `# shipshape ignore=<id>` comment above the finding's instruction (Compose: its entry), or a
 * `# shipshape ignore-file=<id>` comment at the top, after the parser directives (a comment above `# syntax=` would
 * turn the directive into a plain comment). An existing comment of the same kind is extended instead. Always our own
 * pragma, even for rules hadolint or BuildKit also have: it names the rule by id and leaves room for a reason.
 * Pure, so any adapter builds the same edits; never part of fix-all.
 */
import type { Finding, Fix, Span } from '../model';
import type { ParsedDocument } from '../document';
import { indentationAt, insert, insertLines, lineStartAt, nextLineStart } from '../fix/edits';
import { parserDirectives, type Pragma } from './pragmas';
import { composeEntries } from './compose-entries';

/** Rules whose findings cannot be ignored (they report Shipshape's own failures). */
const UNIGNORABLE = new Set(['internal-error']);

export function ignoreFixes(document: ParsedDocument, finding: Finding): Fix[] {
  if (UNIGNORABLE.has(finding.ruleId)) return [];
  const line = ignoreForLine(document, finding);
  return line ? [line, ignoreInFile(document, finding)] : [ignoreInFile(document, finding)];
}

function ignoreForLine(document: ParsedDocument, finding: Finding): Fix | undefined {
  const anchor = anchorOf(document, finding.span.start);
  if (anchor === undefined) return undefined;
  const title = `Ignore ${finding.ruleId} for this line`;
  const existing = document.pragmas.pragmas.find((p) => p.source === 'shipshape' && p.scope === 'next' && p.target?.start === anchor && p.names.length > 0);
  if (existing) return { title, safety: 'safe', edits: [extend(existing, finding.ruleId)] };
  const text = document.text;
  return { title, safety: 'safe', edits: [insertLines(text, lineStartAt(text, anchor), [`# shipshape ignore=${finding.ruleId} `], indentationAt(text, anchor))] };
}

function ignoreInFile(document: ParsedDocument, finding: Finding): Fix {
  const title = `Ignore ${finding.ruleId} in this file`;
  const existing = document.pragmas.pragmas.find((p) => p.source === 'shipshape' && p.scope === 'file' && p.names.length > 0);
  if (existing) return { title, safety: 'safe', edits: [extend(existing, finding.ruleId)] };
  const directives = document.dockerfile ? parserDirectives(document.dockerfile) : [];
  const at = directives.length > 0 ? nextLineStart(document.text, directives[directives.length - 1].span.end) : 0;
  return { title, safety: 'safe', edits: [insertLines(document.text, at, [`# shipshape ignore-file=${finding.ruleId} `])] };
}

function extend(pragma: Pragma, ruleId: string) {
  return insert(pragma.names[pragma.names.length - 1].span.end, `,${ruleId}`);
}

/**
 * Where a line pragma for a finding at `offset` goes: above the instruction holding it (Dockerfile) or above the
 * innermost entry holding it (Compose). Undefined when the finding is outside any (on a comment or directive).
 */
function anchorOf(document: ParsedDocument, offset: number): number | undefined {
  if (document.dockerfile) return document.dockerfile.instructions.find((i) => i.span.start <= offset && offset <= i.span.end)?.span.start;
  if (!document.compose) return undefined;
  const entry = innermost(composeEntries(document.compose), offset);
  const lineStart = lineStartAt(document.text, entry?.start ?? offset);
  return lineStart + indentationAt(document.text, lineStart).length;
}

function innermost(entries: readonly Span[], offset: number): Span | undefined {
  let found: Span | undefined;
  for (const entry of entries) if (entry.start <= offset && offset <= entry.end && (!found || entry.start >= found.start)) found = entry;
  return found;
}
