/**
 * Edits to the script of a RUN that keep its layout: a command appended the way the script already continues its
 * lines (leading `&&` or trailing `&& \`, same indentation, same escape character), or added as the last line of a
 * here-document; and flags added before the script.
 */
import type { Edit } from '../model';
import { removeContinuations, type DockerInstruction } from '../parse/dockerfile';
import type { ShellScript } from '../parse/shell-words';
import { eolOf, indentationAt, insert, lineStartAt } from './edits';

/** Runs `command` after everything else the RUN does; undefined when there is no clean place for it. */
export function appendCommand(text: string, escapeChar: string, run: DockerInstruction, script: ShellScript, command: string): Edit | undefined {
  // A script the parser had to recover from may not read what we add as a command (`*)` outside a `case`).
  if (run.form === 'exec' || !run.argsSpan || script.commands.length === 0 || script.hasSyntaxError) return undefined;
  if (run.heredocs.length > 0) return appendToHeredoc(text, run, script, command);
  const end = scriptEnd(text, run);
  const lastWord = Math.max(...script.commands.map((c) => c.span.end));
  // A shell comment after the last command would swallow what we append.
  if (end === undefined || text.slice(lastWord, end).includes('#')) return undefined;
  const args = text.slice(run.argsSpan.start, end);
  // After an unclosed quote or `$(` the appended command would be part of the quoted text, not a command.
  if (leavesOpen(removeContinuations(args, escapeChar).text)) return undefined;
  if (!args.includes('\n')) return insert(end, ` && ${command}`);
  const layout = continuationLayout(text, escapeChar, run, end);
  return insert(end, layout.joiner + command);
}

/**
 * ` && command` right after the command that ends at `end`; undefined when that spot is inside an unclosed quote, `$(`,
 * `${` or `[`, or the parser had to recover from the script (as in `appendCommand`).
 */
export function insertAfterCommand(text: string, escapeChar: string, run: DockerInstruction, script: ShellScript, end: number, command: string): Edit | undefined {
  if (!run.argsSpan || script.hasSyntaxError || leavesOpen(removeContinuations(text.slice(run.argsSpan.start, end), escapeChar).text)) return undefined;
  return insert(end, ` && ${command}`);
}

/** Whether a shell script ends inside a quote, a backquote, `$(…`, `${…` or `[…`. Comments are skipped. */
function leavesOpen(script: string): boolean {
  const closers: string[] = [];
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    const open = closers[closers.length - 1];
    if (open === "'") {
      if (ch === "'") closers.pop();
    } else if (ch === '\\') i++;
    else if (ch === open) closers.pop();
    else if (ch === '$' && (script[i + 1] === '(' || script[i + 1] === '{')) closers.push(script[++i] === '(' ? ')' : '}');
    else if (ch === '"' || ch === '`') closers.push(ch);
    else if (open === '"') continue;
    else if (ch === "'") closers.push(ch);
    else if (ch === '(' && open === ')') closers.push(')');
    else if (ch === '[') closers.push(']');
    else if (ch === '#' && (i === 0 || /\s/.test(script[i - 1]))) while (i + 1 < script.length && script[i + 1] !== '\n') i++;
  }
  return closers.length > 0;
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
  // ASCII blanks only, as the shell: U+FEFF or U+00A0 at the end is part of the last word.
  while (end > run.argsSpan.start && /[ \t\r\n]/.test(text[end - 1])) end--;
  if (text[end - 1] === ';' && text[end - 2] !== ';') end--;
  while (end > run.argsSpan.start && /[ \t]/.test(text[end - 1])) end--;
  return /[&|\\`;]/.test(text[end - 1] ?? '') ? undefined : end;
}

/** `RUN <<EOF` whose body is the script: the command becomes the body's last line. */
function appendToHeredoc(text: string, run: DockerInstruction, script: ShellScript, command: string): Edit | undefined {
  const [heredoc] = run.heredocs;
  const body = heredoc.bodySpan;
  // An unterminated here-document has no end to add a line before: the body runs on to the end of the file.
  if (run.heredocs.length !== 1 || !body || !heredoc.terminated || !script.commands.every((c) => c.span.start >= body.start && c.span.end <= body.end)) return undefined;
  const lastLine = text.slice(lineStartAt(text, body.end), body.end);
  // A last line that continues (`\`, `|`, `&&`), an open quote or a here-document inside the script would take the new line in.
  const bodyText = text.slice(body.start, body.end);
  if (/(\\|\||&&)\s*$/.test(lastLine) || bodyText.includes('<<') || leavesOpen(bodyText)) return undefined;
  return insert(body.end, `${eolOf(text)}${indentationAt(text, body.end)}${command}`);
}

/** Adds flags (`--mount=…`) to a RUN, in front of its script. */
export function insertRunFlags(run: DockerInstruction, flags: readonly string[]): Edit | undefined {
  if (!run.argsSpan || flags.length === 0) return undefined;
  return insert(run.argsSpan.start, `${flags.join(' ')} `);
}
