/**
 * dclint's disable comments in Compose files, honoured so that files written for dclint keep their exceptions:
 * - `# dclint disable-file`, or `# dclint disable [rule …]`, on the first line that is not blank or `---`: the whole file;
 * - `# dclint disable-line [rule …]` at the end of a line: that line; on a line of its own: the next line.
 * Rule names are separated by blanks; no name means every dclint rule, which here means every rule with a dclint alias.
 */
import { isScalar, visit } from 'yaml';
import type { Span } from '../model';
import type { ComposeModel } from '../parse/compose';
import type { Pragma } from './pragmas';
import type { PragmaName } from './pragma-syntax';

const FILE = /^#[ \t]*dclint[ \t]+(?:disable-file\b|disable(?![\w-]))[ \t]*/;
const LINE = /#[ \t]*dclint[ \t]+disable-line(?![\w-])[ \t]*/g;

export function dclintPragmas(model: ComposeModel): Pragma[] {
  const { text, lines } = model;
  const pragmas: Pragma[] = [];
  const lineText = (line: number) => text.slice(lines.lineStart(line), lines.lineEnd(line));
  const lineSpan = (line: number): Span | undefined => (line < lines.lineCount ? { start: lines.lineStart(line), end: lines.lineEnd(line) } : undefined);

  for (let line = 0; line < lines.lineCount; line++) {
    const content = lineText(line).trim();
    if (content === '' || content === '---') continue;
    const match = FILE.exec(content);
    if (match) {
      const base = lines.lineStart(line) + lineText(line).indexOf('#');
      const names = match[0].includes('disable-file') ? [] : namesIn(content, match[0].length, base);
      pragmas.push({ source: 'dclint', scope: 'file', names, all: names.length === 0, reason: undefined, span: { start: base, end: lines.lineEnd(line) }, target: { start: 0, end: text.length } });
    }
    break;
  }

  let scalars: Span[] | undefined;
  for (const match of text.matchAll(LINE)) {
    const at = match.index!;
    const line = lines.positionAt(at).line;
    const start = lines.lineStart(line);
    const before = text.slice(start, at);
    // A comment starts a line or follows a blank, and is not inside a quoted value.
    if (before.trim() !== '' && !/[ \t]$/.test(before)) continue;
    scalars ??= scalarSpans(model);
    if (scalars.some((s) => s.start < at && at < s.end)) continue;
    const end = lines.lineEnd(line);
    const names = namesIn(text.slice(at, end), match[0].length, at);
    const ownLine = before.trim() === '';
    pragmas.push({
      source: 'dclint',
      scope: ownLine ? 'next' : 'line',
      names,
      all: names.length === 0,
      reason: undefined,
      span: { start: at, end },
      target: ownLine ? lineSpan(line + 1) : { start, end },
    });
  }
  return pragmas;
}

/** Blank-separated names from `from` to the end of `comment` (whose `#` is at `base`). */
function namesIn(comment: string, from: number, base: number): PragmaName[] {
  return [...comment.slice(from).matchAll(/\S+/g)].map((m) => ({ name: m[0], span: { start: base + from + m.index!, end: base + from + m.index! + m[0].length } }));
}

function scalarSpans(model: ComposeModel): Span[] {
  const spans: Span[] = [];
  visit(model.document, {
    Scalar(_, scalar) {
      if (isScalar(scalar) && scalar.range && scalar.type !== 'PLAIN') spans.push({ start: scalar.range[0], end: scalar.range[1] });
    },
  });
  return spans;
}
