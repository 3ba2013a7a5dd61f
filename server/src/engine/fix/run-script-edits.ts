/**
 * Edits to the script of a RUN that keep its layout: a command appended the way the script already continues its
 * lines (leading `&&` or trailing `&& \`, same indentation, same escape character), or added as the last line of a
 * here-document; and flags added before the script.
 */
import type { Edit } from '../model';
import type { DockerInstruction } from '../parse/dockerfile';
import type { ShellScript } from '../parse/shell-words';
import { eolOf, indentationAt, insert, lineStartAt } from './edits';

/** Runs `command` after everything else the RUN does; undefined when there is no clean place for it. */
export function appendCommand(text: string, escapeChar: string, run: DockerInstruction, script: ShellScript, command: string): Edit | undefined {
  if (run.form === 'exec' || !run.argsSpan || script.commands.length === 0) return undefined;
  if (run.heredocs.length > 0) return appendToHeredoc(text, run, script, command);
  const end = scriptEnd(text, run);
  const lastWord = Math.max(...script.commands.map((c) => c.span.end));
  // A shell comment after the last command would swallow what we append.
  if (end === undefined || text.slice(lastWord, end).includes('#')) return undefined;
  const args = text.slice(run.argsSpan.start, end);
  if (!args.includes('\n')) return insert(end, ` && ${command}`);
  const layout = continuationLayout(text, escapeChar, run, end);
  return insert(end, layout.joiner + command);
}

/** How a multi-line RUN continues its lines, as the text that starts one more command on a new line. */
export function continuationLayout(text: string, escapeChar: string, run: DockerInstruction, end: number): { joiner: string } {
  const eol = eolOf(text);
  const lines = text.slice(lineStartAt(text, run.span.start), end).split(/\r?\n/);
  const later = lines.slice(1);
  const operator = /^[ \t]*(&&|\|\||;)/;
  const leading = later.some((l) => operator.test(l));
  const trailing = lines.slice(0, -1).some((l) => {
    const line = l.trimEnd();
    return line.endsWith(escapeChar) && /(&&|\|\||;)$/.test(line.slice(0, -1).trimEnd());
  });
  const indentSource = leading ? [...later].reverse().find((l) => operator.test(l)) : later[later.length - 1];
  const indent = /^[ \t]*/.exec(indentSource ?? '')![0] || '    ';
  if (trailing && !leading) return { joiner: ` && ${escapeChar}${eol}${indent}` };
  return { joiner: ` ${escapeChar}${eol}${indent}&& ` };
}

/**
 * Where the script's text ends: after its last word, before a trailing `;`. Undefined when the script ends with an
 * operator that needs more (`&&`, `|`), runs something in the background (`&`), or with a dangling continuation.
 */
export function scriptEnd(text: string, run: DockerInstruction): number | undefined {
  if (!run.argsSpan) return undefined;
  let end = run.argsSpan.end;
  while (end > run.argsSpan.start && /\s/.test(text[end - 1])) end--;
  if (text[end - 1] === ';' && text[end - 2] !== ';') end--;
  while (end > run.argsSpan.start && /[ \t]/.test(text[end - 1])) end--;
  return /[&|\\`;]/.test(text[end - 1] ?? '') ? undefined : end;
}

/** `RUN <<EOF` whose body is the script: the command becomes the body's last line. */
function appendToHeredoc(text: string, run: DockerInstruction, script: ShellScript, command: string): Edit | undefined {
  const [heredoc] = run.heredocs;
  const body = heredoc.bodySpan;
  if (run.heredocs.length !== 1 || !body || !script.commands.every((c) => c.span.start >= body.start && c.span.end <= body.end)) return undefined;
  const lastLine = text.slice(lineStartAt(text, body.end), body.end);
  if (/\\\s*$/.test(lastLine)) return undefined;
  return insert(body.end, `${eolOf(text)}${indentationAt(text, body.end)}${command}`);
}

/** Adds flags (`--mount=…`) to a RUN, in front of its script. */
export function insertRunFlags(run: DockerInstruction, flags: readonly string[]): Edit | undefined {
  if (!run.argsSpan || flags.length === 0) return undefined;
  return insert(run.argsSpan.start, `${flags.join(' ')} `);
}
