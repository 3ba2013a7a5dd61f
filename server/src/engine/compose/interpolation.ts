/**
 * Compose's variable interpolation in values: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `${VAR?error}`, `${VAR:+replacement}`, `${VAR+replacement}` (defaults may nest), and `$$` for a
 * literal `$`. Compose substitutes these before it reads ports, sizes or durations, so a rule that parses a value
 * must ask here first: a value with a variable in it is only known at `docker compose up`.
 */

export type Operator = ':-' | '-' | ':?' | '?' | ':+' | '+';

export interface Variable {
  /** Offsets in the value's text: `${…}` or `$NAME` from the `$` to the end. */
  start: number;
  end: number;
  name: string;
  operator?: Operator;
  /** The text after the operator (a default, an error message or a replacement), itself interpolated. */
  argument?: string;
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATORS: Operator[] = [':-', ':?', ':+', '-', '?', '+'];

/** The variables in a value, in order; `$$` escapes are skipped. Malformed `${` is treated as a variable to the end. */
export function variables(text: string): Variable[] {
  const found: Variable[] = [];
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar === text.length - 1) break;
    const next = text[dollar + 1];
    if (next === '$') {
      i = dollar + 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, dollar + 1);
      const end = close < 0 ? text.length : close + 1;
      found.push(braced(text.slice(dollar + 2, close < 0 ? text.length : close), dollar, end));
      i = end;
      continue;
    }
    NAME.lastIndex = dollar + 1;
    const name = NAME.exec(text);
    if (name) {
      found.push({ start: dollar, end: dollar + 1 + name[0].length, name: name[0] });
      i = dollar + 1 + name[0].length;
    } else {
      i = dollar + 1;
    }
  }
  return found;
}

/** Whether Compose would substitute anything in this value. */
export function hasVariables(text: string): boolean {
  return text.includes('$') && variables(text).length > 0;
}

/**
 * The value with every variable assumed unset: defaults (`:-`, `-`) applied and `$$` unescaped. Undefined when some
 * variable has no default, so the real value cannot be known from the file alone.
 */
export function withDefaults(text: string): string | undefined {
  if (!text.includes('$')) return text;
  let out = '';
  let last = 0;
  for (const v of variables(text)) {
    out += unescapeDollars(text.slice(last, v.start));
    last = v.end;
    if (v.operator !== ':-' && v.operator !== '-') return undefined;
    const fallback = withDefaults(v.argument ?? '');
    if (fallback === undefined) return undefined;
    out += fallback;
  }
  return out + unescapeDollars(text.slice(last));
}

/** The value as Compose uses it when it has no variables (`$$` → `$`); undefined when it has some. */
export function literalValue(text: string): string | undefined {
  if (!text.includes('$')) return text;
  return hasVariables(text) ? undefined : unescapeDollars(text);
}

function unescapeDollars(text: string): string {
  return text.replace(/\$\$/g, '$');
}

function braced(body: string, start: number, end: number): Variable {
  NAME.lastIndex = 0;
  const name = NAME.exec(body)?.[0] ?? '';
  const rest = body.slice(name.length);
  const operator = OPERATORS.find((op) => rest.startsWith(op));
  return operator ? { start, end, name, operator, argument: rest.slice(operator.length) } : { start, end, name };
}

/** Index of the `}` closing the `{` at `open`, counting nested `${`; -1 when unclosed. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '$') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
