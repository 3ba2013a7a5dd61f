/**
 * The shell script an instruction hands to the shell, as text whose offsets match the Dockerfile one to one: every
 * character the Dockerfile frontend removes is masked with one of the same length instead, so a parser offset plus
 * `base` is a document offset.
 *
 * - A line continuation (the escape character, trailing blanks, the line break) becomes blanks, `\` and the line
 *   break, which the shell reads as a continuation too (also under `# escape=\``).
 * - Comment and empty lines inside a continuation, which the frontend drops, become blanks (their line break too).
 * - `\r` becomes a blank.
 * - Here-documents: `RUN <<EOF` (or `RUN <<EOF bash -e`) runs the body as the script. Any other command line with
 *   here-documents (`RUN cat <<EOF > /etc/app.conf`) is the script, and the bodies are data: they and the `<<EOF`
 *   markers are blanked (line breaks kept), which also spares tree-sitter-bash the here-document forms it misreads
 *   (`<<EOF cat`, `cat <<EOF > f; next`).
 */
import type { DockerInstruction } from './dockerfile';

export interface ScriptText {
  text: string;
  /** Document offset of `text[0]`. */
  base: number;
  /** The script is a command line whose here-documents were blanked out. */
  blankedHeredocs: boolean;
}

/** A shell reading its script from the here-document: `sh`, `/bin/bash -ex`, never `bash -c …`. */
const SHELL_READING_STDIN = /^(?:\S*\/)?(?:ba|da|a|z|k|mk)?sh(?:[ \t]+-(?!\w*c)\w+)*$/;
const POSIX_INTERPRETER = /^#!\s*(?:\S*\/)?(?:env\s+)?(?:\S*\/)?(?:ba|da|a|z|k|mk)?sh(?:\s|$)/;

/** The instruction's shell script; undefined for exec form, an empty instruction or a here-document in another language. */
export function shellScriptOf(instruction: DockerInstruction, text: string, escapeChar: string): ScriptText | undefined {
  const args = instruction.argsSpan;
  if (instruction.form === 'exec' || !args) return undefined;
  if (instruction.heredocs.length === 0) return { text: maskForShell(text.slice(args.start, args.end), escapeChar), base: args.start, blankedHeredocs: false };

  const lastMarker = Math.max(...instruction.heredocs.map((h) => h.markerSpan.end));
  const newline = text.indexOf('\n', lastMarker);
  const lineEnd = newline < 0 || newline > args.end ? args.end : newline;
  let commandLine = text.slice(args.start, lineEnd);
  for (const heredoc of instruction.heredocs) {
    const { start, end } = heredoc.markerSpan;
    commandLine = commandLine.slice(0, start - args.start) + ' '.repeat(end - start) + commandLine.slice(end - args.start);
  }
  const rest = commandLine.trim();
  const [first] = instruction.heredocs;
  if (instruction.heredocs.length === 1 && (rest === '' || SHELL_READING_STDIN.test(rest))) {
    if (!first.bodySpan) return undefined;
    const body = text.slice(first.bodySpan.start, first.bodySpan.end);
    if (body.startsWith('#!') && !POSIX_INTERPRETER.test(body)) return undefined;
    return { text: body.replace(/\r/g, ' '), base: first.bodySpan.start, blankedHeredocs: false };
  }
  const bodies = text.slice(lineEnd, args.end).replace(/[^\n]/g, ' ');
  return { text: maskForShell(commandLine, escapeChar) + bodies, base: args.start, blankedHeredocs: true };
}

/** Masks what the Dockerfile frontend removes (see the file comment); the result has the length of `raw`. */
export function maskForShell(raw: string, escapeChar: string): string {
  const lines = raw.split('\n');
  let continued = false;
  const masked = lines.map((line, i) => {
    const last = i === lines.length - 1;
    if (continued && /^[ \t]*(#.*)?\r?$/.test(line) && !last) return ' '.repeat(line.length) + '\0';
    const tail = continuationTail(line, escapeChar);
    continued = tail >= 0 && !last;
    if (!continued) return line.replace(/\r/g, ' ');
    return line.slice(0, tail).replace(/\r/g, ' ') + ' '.repeat(line.length - tail - 1) + '\\';
  });
  // A dropped line takes its line break with it (`\0` marks those), so the continuation runs on to the next line.
  return masked.join('\n').replace(/\0\n/g, ' ');
}

/** Index of the escape character that continues the line, or -1. */
function continuationTail(line: string, escapeChar: string): number {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\r')) end--;
  return end > 0 && line[end - 1] === escapeChar ? end - 1 : -1;
}
