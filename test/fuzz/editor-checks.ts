/**
 * The fuzzer's checks of the editor features beside diagnostics: completion, symbols, folding, highlights,
 * definitions, references, rename, signature help, semantic tokens, links and formatting. For any text: nothing
 * throws, every span lies inside the text, and formatting is idempotent, adds no finding, and leaves here-document
 * bodies, comments (Dockerfile) and the document's value (Compose) as they were.
 */
import { applyEdits, DEFAULT_FORMAT_OPTIONS, formatDocument, languageFeatures, lint, parseDocument, type Finding, type Language, type ParsedDocument, type Span } from '../../server/src/engine';
import type { Problem } from './check';
import { parserDirectiveLines } from '../../server/src/engine/parse/parser-directives';
import type { DockerfileModel } from '../../server/src/engine/parse/dockerfile';

const inside = (span: Span | undefined, length: number) => !span || (Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length);

/** Every `span` (and `range`, `selectionSpan`, edit span) nested anywhere in a feature's answer. */
function spansIn(value: unknown, found: Span[] = [], depth = 0): Span[] {
  if (!value || typeof value !== 'object' || depth > 8) return found;
  if (Array.isArray(value)) {
    for (const item of value) spansIn(item, found, depth + 1);
    return found;
  }
  for (const [key, child] of Object.entries(value)) {
    if (/span$|^range$/i.test(key) && child && typeof child === 'object' && 'start' in child && 'end' in child) found.push(child as Span);
    else spansIn(child, found, depth + 1);
  }
  return found;
}

export function checkEditorFeatures(document: ParsedDocument, offsets: readonly number[], timed: <T>(work: () => T) => T, problems: Problem[]): void {
  const features = languageFeatures[document.language];
  if (!features) return;
  const length = document.text.length;
  const calls: [string, () => unknown][] = [
    ['symbols', () => features.symbols?.(document)],
    ['workspaceSymbols', () => features.workspaceSymbols?.(document)],
    ['folding', () => features.folding?.(document)],
    ['links', () => features.links?.(document)],
    ['semanticTokens', () => features.semanticTokens?.(document)],
    ['stageReferences', () => features.stageReferences?.(document)],
    ...offsets.flatMap((offset): [string, () => unknown][] => [
      [`completion at ${offset}`, () => features.completion?.(document, offset)],
      [`definition at ${offset}`, () => features.definition?.(document, offset)],
      [`references at ${offset}`, () => features.references?.(document, offset, true)],
      [`highlights at ${offset}`, () => features.highlights?.(document, offset)],
      [`prepareRename at ${offset}`, () => features.prepareRename?.(document, offset)],
      [`rename at ${offset}`, () => features.rename?.(document, offset, 'renamed')],
      [`signatureHelp at ${offset}`, () => features.signatureHelp?.(document, offset)],
    ]),
  ];
  for (const [name, call] of calls) {
    try {
      const answer = timed(call);
      const outside = spansIn(answer).find((s) => !inside(s, length));
      if (outside) problems.push({ kind: 'feature-span', detail: `${name}: span ${JSON.stringify(outside)} outside 0..${length}` });
    } catch (error) {
      problems.push({ kind: 'exception', detail: `${name} threw: ${error instanceof Error ? `${error.message}\n${error.stack}` : String(error)}` });
    }
  }
}

/** Here-document bodies and comments of a Dockerfile, in order: formatting must not touch them. */
function untouchable(document: ParsedDocument): string[] {
  const model = document.dockerfile;
  if (!model) return [];
  const bodies = model.instructions.flatMap((i) => i.heredocs.map((h) => (h.bodySpan ? document.text.slice(h.bodySpan.start, h.bodySpan.end) : '')));
  return [...bodies, ...commentTexts(model)];
}

/**
 * The comments as BuildKit reads them, each as its text after `#`, trimmed (the formatter may add a space after `#` and
 * trim trailing blanks). dockerfile-ast's split between directives and comments differs: it takes any `#name=value`
 * line at the top for a directive, as far as a quirk of its own goes (a trailing blank on one line decides whether the
 * next is read as a directive or a comment).
 */
function commentTexts(model: DockerfileModel): string[] {
  const directiveStarts = new Set(parserDirectiveLines(model.text).map((line) => model.lines.positionAt(line.start).line));
  const isComment = (span: Span) => !directiveStarts.has(model.lines.positionAt(span.start).line);
  const misread = model.directives.filter((d) => isComment(d.span)).map((d) => model.text.slice(d.span.start, d.span.end).trim().replace(/^#/, '').trim());
  return [...misread, ...model.comments.filter((c) => isComment(c.span)).map((c) => c.content)];
}

function composeValueText(document: ParsedDocument): string | undefined {
  const value = document.compose?.value;
  return value?.ok ? JSON.stringify(value.value) : undefined;
}

const countByKind = (findings: readonly Finding[]) => {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(`${f.ruleId}/${f.messageId}`, (counts.get(`${f.ruleId}/${f.messageId}`) ?? 0) + 1);
  return counts;
};

export function checkFormatting(document: ParsedDocument, findings: readonly Finding[], language: Language, timed: <T>(work: () => T) => T, problems: Problem[]): void {
  const text = document.text;
  let formatted: string;
  try {
    const edits = timed(() => formatDocument(document, DEFAULT_FORMAT_OPTIONS));
    const outside = edits.find((e) => !inside(e.span, text.length));
    if (outside) return void problems.push({ kind: 'format-span', detail: `format edit span ${JSON.stringify(outside.span)} outside 0..${text.length}` });
    formatted = applyEdits(text, edits);
  } catch (error) {
    return void problems.push({ kind: 'exception', detail: `format threw: ${error instanceof Error ? `${error.message}\n${error.stack}` : String(error)}` });
  }
  if (formatted === text) return;
  try {
    const again = parseDocument(formatted, language);
    const second = applyEdits(formatted, formatDocument(again, DEFAULT_FORMAT_OPTIONS));
    if (second !== formatted) problems.push({ kind: 'format-not-idempotent', detail: `formatting the formatted text changed it again: ${JSON.stringify(formatted.slice(0, 200))} → ${JSON.stringify(second.slice(0, 200))}` });
    const before = countByKind(findings);
    const added = [...countByKind(lint(again))].filter(([kind, n]) => n > (before.get(kind) ?? 0)).map(([kind]) => kind);
    if (added.length) problems.push({ kind: 'format-adds-findings', ruleId: added.map((k) => k.split('/')[0]).join(', '), detail: `formatting added findings: ${added.join(', ')}` });
    if (JSON.stringify(untouchable(document)) !== JSON.stringify(untouchable(again))) problems.push({ kind: 'format-changes-content', detail: 'formatting changed a here-document body or a comment' });
    if (composeValueText(document) !== composeValueText(again)) problems.push({ kind: 'format-changes-content', detail: 'formatting changed the Compose document\'s value' });
  } catch (error) {
    problems.push({ kind: 'exception', detail: `checking the formatted text threw: ${error instanceof Error ? `${error.message}\n${error.stack}` : String(error)}` });
  }
}
