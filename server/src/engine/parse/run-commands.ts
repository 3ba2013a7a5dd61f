/** The commands a RUN (or the command line of CMD/ENTRYPOINT) executes, with spans in the Dockerfile. */
import type { Span } from '../model';
import type { DockerInstruction } from './dockerfile';
import type { ShellScript, SimpleCommand } from './shell-words';
import { parseShell } from './shell';
import { shellScriptOf } from './run-script';
import { withMovedSpans } from './moved-spans';

/** Parsed once per instruction (so once per document version) and shared by every rule: treat it as read-only. */
const parsed = new WeakMap<DockerInstruction, ShellScript>();

/**
 * The instruction's commands. Shell form (continuations, comments inside them, here-documents) goes through the
 * shell parser; exec form is one command of plain words. The result is shared: do not mutate it.
 */
export function commandsOf(instruction: DockerInstruction, text: string, escapeChar: string): ShellScript {
  let script = parsed.get(instruction);
  if (!script) {
    const moved = movedFrom.get(instruction);
    if (moved) {
      // One copy of the script and what was derived from it, so that references into the script stay references.
      const copy = withMovedSpans({ script: moved.script, derived: derivedData.get(moved.script) }, moved.delta);
      script = copy.script;
      if (copy.derived) derivedData.set(script, copy.derived);
    } else script = readCommands(instruction, text, escapeChar);
    parsed.set(instruction, script);
  }
  return script;
}

/** Plain data derived from a script (its package-manager calls, …), by name: it moves with the script when an edit moves it. */
const derivedData = new WeakMap<ShellScript, Record<string, unknown>>();

/** `compute(script)`, made once per script and carried with it to later versions of the document. Read-only. */
export function derivedFromScript<T>(script: ShellScript, name: string, compute: (script: ShellScript) => T): T {
  let data = derivedData.get(script);
  if (!data) derivedData.set(script, (data = {}));
  if (!Object.hasOwn(data, name)) data[name] = compute(script);
  return data[name] as T;
}

/** Commands of an unchanged instruction in an earlier version of the document, and how far the edit moved it. */
const movedFrom = new WeakMap<DockerInstruction, { script: ShellScript; delta: number }>();

/**
 * `copy` is `original` (same text, same escape character) moved by `delta` in an edited document: its commands, if
 * they were read, carry over instead of being parsed again (see dockerfile-reparse.ts).
 */
export function carryCommands(original: DockerInstruction, copy: DockerInstruction, delta: number): void {
  const script = parsed.get(original);
  const earlier = script ? { script, delta: 0 } : movedFrom.get(original);
  if (earlier) movedFrom.set(copy, { script: earlier.script, delta: earlier.delta + delta });
}

function readCommands(instruction: DockerInstruction, text: string, escapeChar: string): ShellScript {
  if (instruction.form === 'exec') {
    const words = instruction.execArgs.map((w) => ({ value: w.value, raw: text.slice(w.span.start, w.span.end), span: w.span, dynamic: false }));
    return { commands: words.length ? [{ words, separator: undefined, span: spanOfWords(words.map((w) => w.span)) }] : [], usesShellSyntax: false };
  }
  const script = shellScriptOf(instruction, text, escapeChar);
  if (!script) return { commands: [], usesShellSyntax: instruction.heredocs.length > 0 };
  const parsed = parseShell(script.text, script.base);
  return script.blankedHeredocs ? { ...parsed, usesShellSyntax: true } : parsed;
}

/** Wrappers that run the command after them, with their options that take a value (`sudo -u app npm ci`). */
const WRAPPERS: Record<string, string[]> = {
  sudo: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T'],
  env: ['-u', '-C', '-S', '--unset', '--chdir', '--split-string'],
  exec: ['-a'],
  command: [],
  time: ['-f', '-o', '--format', '--output'],
  nice: ['-n', '--adjustment'],
};

/** Skips leading wrappers (`sudo`, `env A=b`, `VAR=x`) to the program a simple command runs. Shared: do not mutate. */
export function programOf(command: SimpleCommand): { name: string; argsIndex: number } | undefined {
  // Dozens of rules ask for every command of every RUN; a command (shared read-only) is read once.
  const known = programs.get(command);
  if (known !== undefined || programs.has(command)) return known;
  const program = readProgram(command);
  programs.set(command, program);
  return program;
}

const programs = new WeakMap<SimpleCommand, { name: string; argsIndex: number } | undefined>();

function readProgram(command: SimpleCommand): { name: string; argsIndex: number } | undefined {
  let i = 0;
  const words = command.words;
  while (i < words.length) {
    const value = words[i].value;
    const valueOptions = Object.hasOwn(WRAPPERS, value) ? WRAPPERS[value] : undefined;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) i++;
    else if (valueOptions) {
      // `command -v x` looks a program up; it does not run it.
      if (value === 'command' && /^-[vV]$/.test(words[i + 1]?.value ?? '')) break;
      i++;
      while (i < words.length && words[i].value.startsWith('-') && words[i].value !== '--') i += valueOptions.includes(words[i].value) ? 2 : 1;
      if (words[i]?.value === '--') i++;
    } else break;
  }
  return i < words.length ? { name: words[i].value.replace(/^.*\//, ''), argsIndex: i + 1 } : undefined;
}

function spanOfWords(spans: Span[]): Span {
  return { start: spans[0].start, end: spans[spans.length - 1].end };
}
