/**
 * The grammar of the comments that configure linting, one comment at a time: `# shipshape ignore=…`,
 * `# hadolint [global|stage] ignore=…`, `# hadolint shell=…` and BuildKit's `check=` options. Where the
 * comment applies is decided by `pragmas.ts`; this file only reads text.
 */
import type { Span } from '../model';

export interface PragmaName {
  /** As written (`DL3008`, `shell-form-cmd`, `JSONArgsRecommended`). */
  name: string;
  span: Span;
}

export type PragmaSource = 'shipshape' | 'hadolint' | 'buildkit' | 'dclint';
/** `line`: the line the comment ends (dclint's trailing `# dclint disable-line`). */
export type PragmaScope = 'next' | 'stage' | 'file' | 'line';

export interface IgnoreComment {
  kind: 'ignore';
  source: 'shipshape' | 'hadolint';
  scope: PragmaScope;
  names: PragmaName[];
  /** The free text after the rule list (`# shipshape ignore=DL3008 pinned by the base image`). */
  reason: string | undefined;
}

export interface ShellComment {
  kind: 'shell';
  /** `# hadolint shell=powershell`: the shell the RUN instructions are written for. */
  shell: PragmaName;
}

const NAME = /[A-Za-z0-9_.-]+/y;
const LIST_SEPARATOR = /[ \t]*,[ \t]*/y;
const SHIPSHAPE = /#[ \t]*shipshape[ \t]+(ignore-file|ignore)[ \t]*=[ \t]*/iy;
const HADOLINT_IGNORE = /#[ \t]*hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*/iy;
const HADOLINT_SHELL = /#[ \t]*hadolint[ \t]+shell[ \t]*=[ \t]*/iy;
const CHECK = /#[ \t]*check[ \t]*=[ \t]*/iy;

/**
 * Reads one comment (`raw` is the comment from its `#`, leading blanks removed; `base` is the offset of that `#`).
 * Undefined when the comment is not one of ours.
 */
export function parseComment(raw: string, base: number): IgnoreComment | ShellComment | undefined {
  let match = matchAt(SHIPSHAPE, raw);
  if (match) {
    const { names, end } = nameList(raw, base, match[0].length);
    const scope = match[1].toLowerCase() === 'ignore-file' ? 'file' : 'next';
    return { kind: 'ignore', source: 'shipshape', scope, names, reason: reasonOf(raw.slice(end), /^[\s:–—-]+/) };
  }
  match = matchAt(HADOLINT_IGNORE, raw);
  if (match) {
    const { names, end } = nameList(raw, base, match[0].length);
    const keyword = match[1]?.toLowerCase();
    const scope = keyword === 'global' ? 'file' : keyword === 'stage' ? 'stage' : 'next';
    return { kind: 'ignore', source: 'hadolint', scope, names, reason: reasonOf(raw.slice(end), /^[\s#]+/) };
  }
  match = matchAt(HADOLINT_SHELL, raw);
  if (match) {
    const shell = /^\S+/.exec(raw.slice(match[0].length))?.[0];
    if (shell) return { kind: 'shell', shell: { name: shell, span: { start: base + match[0].length, end: base + match[0].length + shell.length } } };
  }
  return undefined;
}

/**
 * `# check=skip=…` written above one instruction: BuildKit reads the value up to the first blank, so a reason can
 * follow it. Returns the value and its offset, or undefined when the comment is not a check comment.
 */
export function checkCommentValue(raw: string, base: number): { value: string; offset: number } | undefined {
  const match = matchAt(CHECK, raw);
  if (!match) return undefined;
  return { value: /^\S*/.exec(raw.slice(match[0].length))![0], offset: base + match[0].length };
}

export interface CheckOptions {
  skip: PragmaName[];
  skipAll: boolean;
  experimental: PragmaName[];
  experimentalAll: boolean;
  error: boolean;
}

/**
 * BuildKit's `check` options, `skip=A,B;error=true;experimental=C`, read the way BuildKit reads them (at most three
 * `;`-separated parts, names trimmed, `error` a Go boolean). Undefined when BuildKit would reject the value.
 */
export function parseCheckOptions(value: string, base: number): CheckOptions | undefined {
  const options: CheckOptions = { skip: [], skipAll: false, experimental: [], experimentalAll: false, error: false };
  if (value.trim() === '') return options;
  for (const part of splitN(value, ';', 3)) {
    const eq = part.text.indexOf('=');
    if (eq < 0) return undefined;
    const key = part.text.slice(0, eq).trim();
    const raw = part.text.slice(eq + 1);
    const valueBase = base + part.offset + eq + 1;
    if (key === 'skip' || key === 'experimental') {
      const all = raw.trim() === 'all';
      const names = all ? [] : splitN(raw, ',', Infinity).flatMap((item) => trimmedName(item.text, valueBase + item.offset));
      if (key === 'skip') [options.skipAll, options.skip] = [all, names];
      else [options.experimentalAll, options.experimental] = [all, names];
    } else if (key === 'error') {
      const bool = goBool(raw.trim());
      if (bool === undefined) return undefined;
      options.error = bool;
    } else {
      return undefined;
    }
  }
  return options;
}

function matchAt(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** `A, B,C`: names separated by commas, blanks allowed around the commas. Stops at the first other character. */
function nameList(text: string, base: number, start: number): { names: PragmaName[]; end: number } {
  const names: PragmaName[] = [];
  let i = start;
  for (;;) {
    NAME.lastIndex = i;
    const name = NAME.exec(text);
    if (!name) break;
    names.push({ name: name[0], span: { start: base + i, end: base + i + name[0].length } });
    i += name[0].length;
    LIST_SEPARATOR.lastIndex = i;
    const separator = LIST_SEPARATOR.exec(text);
    if (!separator) break;
    i += separator[0].length;
  }
  return { names, end: i };
}

function reasonOf(rest: string, leader: RegExp): string | undefined {
  const reason = rest.replace(leader, '').trim();
  return reason === '' ? undefined : reason;
}

function splitN(text: string, separator: string, limit: number): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let offset = 0;
  while (parts.length < limit - 1) {
    const at = text.indexOf(separator, offset);
    if (at < 0) break;
    parts.push({ text: text.slice(offset, at), offset });
    offset = at + 1;
  }
  parts.push({ text: text.slice(offset), offset });
  return parts;
}

function trimmedName(text: string, base: number): PragmaName[] {
  const lead = text.length - text.trimStart().length;
  const name = text.trim();
  return name === '' ? [] : [{ name, span: { start: base + lead, end: base + lead + name.length } }];
}

/** Go's strconv.ParseBool. */
function goBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}
