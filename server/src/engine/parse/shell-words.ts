/**
 * The vocabulary of shell analysis (words, simple commands, scripts), and a small POSIX-shell lexer that
 * splits a one-line command into simple commands and words, with quote removal and spans. The lexer is what
 * the CMD/ENTRYPOINT exec-form conversion needs (is this command plain words?); RUN scripts go through the
 * full parser in `shell.ts`, which fills the same shapes. Nothing here expands anything.
 */
import type { Span } from '../model';

export interface ShellWord {
  /** The word after quote removal (`"a b"` → `a b`); expansions are kept as written. */
  value: string;
  /** The word as written. */
  raw: string;
  span: Span;
  /** Contains `$`, a backquote or an unquoted glob character: its final value is only known at run time. */
  dynamic: boolean;
}

export type Separator = '&&' | '||' | ';' | '|' | '&' | '\n';

export interface SimpleCommand {
  /** Leading `VAR=value` assignments, the command name, then its arguments (redirections are not words). */
  words: ShellWord[];
  /** The operator that ends this command; undefined for the last one. */
  separator: Separator | undefined;
  span: Span;
  // What only the full parser (RUN scripts, parse/shell.ts) knows; the plain lexer leaves these out.
  /** The pipeline this command is a stage of (an index into `ShellScript.pipelines`), and which stage, from 0. */
  pipeline?: { index: number; stage: number };
  /** Runs in a `( … )` subshell: `cd` and variables do not outlive it. */
  inSubshell?: boolean;
  /** Runs inside `$( … )`, backquotes or `<( … )`: its output becomes text, its status is mostly ignored. */
  inSubstitution?: boolean;
  /** Part of an `if`/`elif`/`while`/`until` condition: its failure is expected and handled. */
  inCondition?: boolean;
  /** `> file`, `2>&1`, `< file`, `<<EOF` attached to this command. */
  redirects?: ShellRedirect[];
}

export interface ShellRedirect {
  /** `>`, `>>`, `2>`, `&>`, `<`, `<<`, `<<<`, `>&`…, with the file descriptor when one is written. */
  operator: string;
  target: ShellWord | undefined;
  span: Span;
}

export interface ShellPipeline {
  span: Span;
  stages: number;
  /** The `|` (or `|&`) operators, one between each two stages. */
  pipes: Span[];
}

export interface ShellScript {
  commands: SimpleCommand[];
  /** Redirections, subshells, command groups, control flow or here-documents appear: more than a command list. */
  usesShellSyntax: boolean;
  // Filled by the full parser only.
  pipelines?: ShellPipeline[];
  /** Where `set -o pipefail` (or `set -eo pipefail`, …) has run: pipelines after this offset fail when any stage fails. */
  pipefailFrom?: number;
  /** The parser had to recover from a syntax error: text added at the end may not be read as a command. */
  hasSyntaxError?: boolean;
}

const OPERATORS: Separator[] = ['&&', '||', ';', '|', '&', '\n'];
const SHELL_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', '{', '}', '!']);

/** Lexes `script`; spans are offsets in `script` shifted by `base`. */
export function lexShell(script: string, base = 0): ShellScript {
  const commands: SimpleCommand[] = [];
  let words: ShellWord[] = [];
  let usesShellSyntax = false;
  let i = 0;
  const n = script.length;

  const endCommand = (separator: Separator | undefined) => {
    if (words.length > 0) {
      if (SHELL_KEYWORDS.has(words[0].value)) usesShellSyntax = true;
      commands.push({ words, separator, span: { start: words[0].span.start, end: words[words.length - 1].span.end } });
    } else if (separator && separator !== '\n' && commands.length > 0 && !commands[commands.length - 1].separator) {
      commands[commands.length - 1].separator = separator;
    }
    words = [];
  };

  while (i < n) {
    const ch = script[i];
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '\\' && script[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (ch === '#' && (i === 0 || /[\s;&|()]/.test(script[i - 1]))) {
      while (i < n && script[i] !== '\n') i++;
      continue;
    }
    const op = OPERATORS.find((o) => script.startsWith(o, i));
    if (op) {
      endCommand(op);
      i += op.length;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === '<' || ch === '>') {
      usesShellSyntax = true;
      endCommandIfParen(ch);
      i++;
      continue;
    }
    const word = readWord(script, i);
    if (/^\d*$/.test(word.raw) && (script[word.end] === '>' || script[word.end] === '<')) {
      usesShellSyntax = true; // a file descriptor number before a redirection, as in 2>&1
      i = word.end;
      continue;
    }
    if (word.raw.includes('<<')) usesShellSyntax = true;
    words.push({ value: word.value, raw: word.raw, span: { start: base + i, end: base + word.end }, dynamic: word.dynamic });
    i = word.end;
  }
  endCommand(undefined);
  return { commands, usesShellSyntax };

  function endCommandIfParen(ch: string) {
    if (ch === '(' || ch === ')') endCommand(undefined);
  }
}

function readWord(script: string, start: number): { raw: string; value: string; end: number; dynamic: boolean } {
  let i = start;
  let value = '';
  let dynamic = false;
  const n = script.length;
  while (i < n) {
    const ch = script[i];
    // Only ASCII blanks split words, as in the shell (IFS): `\s` would also stop at U+00A0 or U+2028, which the
    // loop in lexShell does not skip, and the lexer would never move on.
    if (/[ \t\r\n;&|()<>]/.test(ch)) break;
    if (ch === '\\') {
      if (script[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (i + 1 < n) value += script[i + 1];
      i += 2;
      continue;
    }
    if (ch === "'") {
      const close = script.indexOf("'", i + 1);
      const end = close < 0 ? n : close;
      value += script.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      i++;
      while (i < n && script[i] !== '"') {
        if (script[i] === '\\' && i + 1 < n && '"\\$`\n'.includes(script[i + 1])) {
          if (script[i + 1] !== '\n') value += script[i + 1];
          i += 2;
          continue;
        }
        if (script[i] === '$' || script[i] === '`') dynamic = true;
        value += script[i];
        i++;
      }
      i++;
      continue;
    }
    if (ch === '$' && script[i + 1] === '(') {
      // Command substitution: copy it whole, balancing parentheses.
      dynamic = true;
      let depth = 0;
      let j = i + 1;
      for (; j < n; j++) {
        if (script[j] === '(') depth++;
        else if (script[j] === ')' && --depth === 0) break;
      }
      value += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '$' || ch === '`' || ch === '*' || ch === '?' || ch === '[' || (ch === '~' && i === start)) dynamic = true;
    value += ch;
    i++;
  }
  return { raw: script.slice(start, i), value, end: Math.min(i, n), dynamic };
}
