/**
 * What must hold for any Dockerfile the formatter touches: formatting twice changes nothing the second time, no new
 * finding appears, heredoc bodies and comments stay byte-for-byte (comments modulo the added space after `#` and
 * trailing whitespace), and every instruction keeps its arguments (modulo whitespace the build ignores).
 */
import { applyEdits, DEFAULT_FORMAT_OPTIONS, formatDocument, formatOnType, lint, parseDocument, type FormatOptions, type ParsedDocument } from '../../server/src/engine';
import { removeContinuations, type DockerInstruction } from '../../server/src/engine/parse/dockerfile';
import { lexQuotes, START } from '../../server/src/engine/format/instruction-lines';

export interface FormatCheck {
  /** The formatter changed something. */
  changed: boolean;
  problems: string[];
}

export function checkFormatting(text: string, options: FormatOptions = DEFAULT_FORMAT_OPTIONS): FormatCheck {
  const run = formatOnce(text, 'dockerfile', options);
  if (!('after' in run)) return run;
  const { before, after, problems } = run;
  compare(problems, 'heredoc bodies', heredocBodies(before), heredocBodies(after));
  compare(problems, 'comments', comments(before), comments(after));
  compare(problems, 'instructions', instructions(before), instructions(after));
  return { changed: true, problems };
}

interface FormattedOnce {
  before: ParsedDocument;
  formatted: string;
  after: ParsedDocument;
  /** So far: not idempotent, new findings. */
  problems: string[];
}

/** Formats `text` once and checks what holds for both languages: a second format changes nothing, no new finding. */
function formatOnce(text: string, language: 'dockerfile' | 'compose', options: FormatOptions): FormattedOnce | FormatCheck {
  const before = parseDocument(text, language);
  let formatted: string;
  try {
    formatted = applyEdits(text, formatDocument(before, options));
  } catch (error) {
    return { changed: false, problems: [`format threw: ${String(error)}`] };
  }
  if (formatted === text) return { changed: false, problems: [] };
  const after = parseDocument(formatted, language);
  const problems: string[] = [];
  const again = formatDocument(after, options);
  if (again.length > 0) problems.push(`not idempotent: ${JSON.stringify(again.slice(0, 3).map((e) => ({ at: e.span, was: formatted.slice(e.span.start, e.span.end), text: e.text })))}`);
  const seen = new Map<string, number>();
  for (const f of lint(before)) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  for (const f of lint(after)) {
    const left = seen.get(key(f)) ?? 0;
    if (left === 0) problems.push(`new finding ${key(f)}`);
    else seen.set(key(f), left - 1);
  }
  return { before, formatted, after, problems };
}

/**
 * Range and on-type formatting at a given line: a range's edits are some of the whole document's (range formatting
 * never does anything the full format would not), and on-type formatting only changes whitespace at a line start.
 */
export function checkRangeAndOnType(text: string, line: number, options: FormatOptions = DEFAULT_FORMAT_OPTIONS): string[] {
  const document = parseDocument(text, 'dockerfile');
  const problems: string[] = [];
  const full = new Set(formatDocument(document, options).map((e) => JSON.stringify(e)));
  const start = document.lines.lineStart(line);
  const end = document.lines.lineEnd(Math.min(line + 2, document.lines.lineCount - 1));
  for (const edit of formatDocument(document, options, { start, end })) {
    if (!full.has(JSON.stringify(edit))) problems.push(`range edit not in the full format: ${JSON.stringify(edit)}`);
  }
  for (const edit of formatOnType(document, start, '\n', options)) {
    const replaced = text.slice(edit.span.start, edit.span.end);
    if (edit.span.start !== start || !/^[ \t]*$/.test(replaced + edit.text)) problems.push(`on-type edit is not an indentation: ${JSON.stringify(edit)}`);
  }
  return problems;
}

/** Messages quote keywords and commands as written: `run` and `RUN`, or a command re-indented, are the same finding. */
const key = (f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message.toLowerCase().replace(/\s+/g, ' ')}`;

function compare(problems: string[], what: string, before: string[], after: string[]): void {
  if (before.length !== after.length) {
    problems.push(`${what}: ${before.length} before, ${after.length} after`);
    return;
  }
  const i = before.findIndex((b, n) => b !== after[n]);
  if (i >= 0) problems.push(`${what} differ: ${JSON.stringify(before[i])} became ${JSON.stringify(after[i])}`);
}

function allInstructions(document: ParsedDocument): DockerInstruction[] {
  return (document.dockerfile?.instructions ?? []).flatMap((i) => (i.trigger ? [i, i.trigger] : [i]));
}

/** Every instruction line after its logical line: heredoc bodies and delimiters. */
function heredocBodies(document: ParsedDocument): string[] {
  return allInstructions(document).flatMap((i) => i.heredocs.map((h) => (h.bodySpan ? document.text.slice(h.bodySpan.start, h.bodySpan.end) : '')));
}

/** Comment lines outside heredoc bodies, with the space after `#` and surrounding whitespace normalised. */
function comments(document: ParsedDocument): string[] {
  const inHeredoc = new Set<number>();
  for (const i of allInstructions(document)) {
    for (const h of i.heredocs) {
      if (!h.bodySpan) continue;
      const first = document.lines.positionAt(h.bodySpan.start).line;
      const last = document.lines.positionAt(h.bodySpan.end).line;
      for (let l = first; l <= last + 1; l++) inHeredoc.add(l);
    }
  }
  const found: string[] = [];
  for (let line = 0; line < document.lines.lineCount; line++) {
    const content = document.text.slice(document.lines.lineStart(line), document.lines.lineEnd(line));
    if (inHeredoc.has(line) || !/^[ \t\ufeff]*#/.test(content)) continue;
    found.push(content.replace(/^[ \t\ufeff]*#/, '#').replace(/[ \t]+$/, '').replace(/^#(?=[\p{L}\p{N}])/u, '# '));
  }
  return found;
}

/**
 * Each instruction as the build sees it: keyword, flags, argument words, exec-form strings, and its joined text with
 * whitespace outside quotes collapsed (inside quotes it must not change).
 */
function instructions(document: ParsedDocument): string[] {
  const escape = document.dockerfile?.escapeChar ?? '\\';
  return allInstructions(document).map((i) => {
    const lastMarker = i.heredocs[i.heredocs.length - 1]?.markerSpan;
    const headerEnd = lastMarker ? document.lines.lineEnd(document.lines.positionAt(lastMarker.end).line) : i.argsSpan?.end;
    const header = i.argsSpan ? document.text.slice(i.argsSpan.start, Math.max(i.argsSpan.start, headerEnd ?? 0)) : '';
    const joined = removeContinuations(header, escape).text;
    // Exec form is compared by its strings: the whitespace between JSON tokens is free.
    // FROM's words are whitespace-delimited, and its `AS` is a keyword; ONBUILD's first word is its trigger's keyword.
    const args =
      i.form === 'exec'
        ? i.execArgs.map((a) => a.value)
        : i.keyword === 'FROM'
          ? i.args.map((a) => (/^as$/i.test(a.value) ? 'AS' : a.value))
          : i.keyword === 'ONBUILD'
            ? i.args.map((a, n) => (n === 0 ? a.value.toUpperCase() : a.value))
            : [...i.args.map((a) => a.value), collapseOutsideQuotes(joined, escape)];
    return JSON.stringify([i.keyword, i.flags.map((f) => [f.name, f.value]), args]);
  });
}

function collapseOutsideQuotes(text: string, escape: string): string {
  let out = '';
  let state = START;
  for (const ch of text) {
    const outside = state.quote === '' && !state.escaped;
    if (outside && (ch === ' ' || ch === '\t')) {
      if (!out.endsWith(' ')) out += ' ';
    } else out += ch;
    state = lexQuotes(state, ch, escape);
  }
  return out.trim();
}

/**
 * Compose: idempotent, no new finding, the same data, and every line the same after its indentation (so comments,
 * anchors, quoting and numbers are byte-for-byte).
 */
export function checkComposeFormatting(text: string, tabSize = 2): FormatCheck {
  const run = formatOnce(text, 'compose', { ...DEFAULT_FORMAT_OPTIONS, tabSize });
  if (!('after' in run)) return run;
  const { before, formatted, after, problems } = run;
  const data = (d: ParsedDocument) => JSON.stringify(d.compose?.document.toJS({ maxAliasCount: 1000 }));
  if (data(before) !== data(after)) problems.push('the data changed');
  const contents = (t: string) => t.split('\n').map((l) => l.trimStart());
  compare(problems, 'line contents', contents(text), contents(formatted));
  return { changed: true, problems };
}
