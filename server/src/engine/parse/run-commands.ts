/** The commands a RUN (or the command line of CMD/ENTRYPOINT) executes, with spans in the Dockerfile. */
import type { Span } from '../model';
import type { DockerInstruction } from './dockerfile';
import { removeContinuations } from './dockerfile';
import { lexShell, type ShellScript, type SimpleCommand } from './shell-words';

/** Lexes the instruction's shell script(s). Exec form becomes one command of plain words. */
export function commandsOf(instruction: DockerInstruction, text: string, escapeChar: string): ShellScript {
  if (instruction.form === 'exec') {
    const words = instruction.execArgs.map((w) => ({ value: w.value, raw: text.slice(w.span.start, w.span.end), span: w.span, dynamic: false }));
    return { commands: words.length ? [{ words, separator: undefined, span: spanOfWords(words.map((w) => w.span)) }] : [], usesShellSyntax: false };
  }
  const scripts: ShellScript[] = [];
  for (const heredoc of instruction.heredocs) {
    if (heredoc.bodySpan) scripts.push(lexShell(text.slice(heredoc.bodySpan.start, heredoc.bodySpan.end), heredoc.bodySpan.start));
  }
  if (instruction.argsSpan && instruction.heredocs.length === 0) {
    const raw = text.slice(instruction.argsSpan.start, instruction.argsSpan.end);
    const joined = removeContinuations(raw, escapeChar);
    const lexed = lexShell(joined.text);
    const base = instruction.argsSpan.start;
    const toSource = (span: Span): Span => ({ start: base + joined.toSource(span.start), end: base + joined.toSource(Math.max(span.start, span.end - 1)) + 1 });
    scripts.push({
      usesShellSyntax: lexed.usesShellSyntax,
      commands: lexed.commands.map((c) => ({ ...c, span: toSource(c.span), words: c.words.map((w) => ({ ...w, span: toSource(w.span) })) })),
    });
  }
  return { commands: scripts.flatMap((s) => s.commands), usesShellSyntax: scripts.some((s) => s.usesShellSyntax) };
}

/** Skips leading wrappers (`sudo`, `env A=b`, `VAR=x`) to the program a simple command runs. */
export function programOf(command: SimpleCommand): { name: string; argsIndex: number } | undefined {
  let i = 0;
  const words = command.words;
  while (i < words.length) {
    const value = words[i].value;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) i++;
    else if (value === 'sudo' || value === 'env' || value === 'exec' || value === 'command' || value === 'time' || value === 'nice') {
      i++;
      while (i < words.length && words[i].value.startsWith('-')) i++;
    } else break;
  }
  return i < words.length ? { name: words[i].value.replace(/^.*\//, ''), argsIndex: i + 1 } : undefined;
}

function spanOfWords(spans: Span[]): Span {
  return { start: spans[0].start, end: spans[spans.length - 1].end };
}
