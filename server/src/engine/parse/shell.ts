/**
 * Shell scripts read by a real parser: tree-sitter-bash, run as WebAssembly through web-tree-sitter, so the same
 * code works in Node and in a browser worker. The parser starts once, asynchronously, from the two .wasm files
 * an adapter hands in (the engine never loads files); every parse after that is synchronous.
 *
 * tree-sitter never throws on bad input: it returns a tree with ERROR nodes and we read every command we can.
 * Offsets are UTF-16 string indices, like the rest of the engine.
 */
import { Language, Parser } from 'web-tree-sitter';
import type { Span } from '../model';
import type { Separator, ShellPipeline, ShellRedirect, ShellScript, ShellWord, SimpleCommand } from './shell-words';

/** A .wasm file as bytes, or where to fetch it from (a URL's `href` in a browser, a file path in Node). */
export type WasmSource = Uint8Array | string;

export interface ShellParserWasm {
  /** `web-tree-sitter.wasm`, the tree-sitter runtime. */
  coreWasm: WasmSource;
  /** `tree-sitter-bash.wasm`, the bash grammar. */
  bashWasm: WasmSource;
}

let parser: Parser | undefined;
let starting: Promise<void> | undefined;

/** Loads the parser; call once before linting (later calls return the same promise). */
export function initShellParser(wasm: ShellParserWasm): Promise<void> {
  starting ??= start(wasm).catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}

export function isShellParserReady(): boolean {
  return parser !== undefined;
}

async function start({ coreWasm, bashWasm }: ShellParserWasm): Promise<void> {
  await Parser.init(
    coreWasm instanceof Uint8Array
      ? { wasmBinary: coreWasm.slice().buffer as ArrayBuffer }
      : { locateFile: () => coreWasm },
  );
  const language = await Language.load(bashWasm);
  const ready = new Parser();
  ready.setLanguage(language);
  parser = ready;
}

/**
 * Parses `script`; spans are offsets in `script` shifted by `base`. The caller passes text whose offsets match
 * the document one to one (see `run-script.ts`), so every span lands on the source.
 */
export function parseShell(script: string, base = 0): ShellScript {
  if (!parser) throw new Error('The shell parser is not initialised: call initShellParser() before linting.');
  // tree-sitter's time grows sharply with nesting (`$( $( … ) )` hundreds deep); no real script nests that deep.
  if (nestingDepth(script) > MAX_NESTING) return { commands: [], usesShellSyntax: true, pipelines: [] };
  let source = script;
  let root = syntaxTreeOf(parser, source);
  // tree-sitter-bash #347: after a pipeline of three or more stages a newline can be swallowed, merging two
  // commands into one. Turning that newline into `;` (same length) and parsing again gives the right reading.
  for (let attempt = 0; attempt < 8; attempt++) {
    const newline = bareNewlineInsideCommand(root, source);
    if (newline < 0) break;
    source = source.slice(0, newline) + ';' + source.slice(newline + 1);
    root = syntaxTreeOf(parser, source);
  }
  return new ScriptReader(source, base).read(root);
}

/**
 * A plain copy of the parts of a tree-sitter node we use. Every property read through a tree cursor crosses the
 * wasm boundary, so we read three per node (type id, start, end) and look the rest up in tables.
 */
interface SyntaxNode {
  type: string;
  named: boolean;
  start: number;
  end: number;
  children: SyntaxNode[];
  parent: SyntaxNode | undefined;
}

interface NodeTypes {
  names: string[];
  named: boolean[];
}

const nodeTypesOf = new WeakMap<Language, NodeTypes>();
/** Nodes whose insides we never look at (leaves, and `$NAME`): not descending into them saves wasm calls. */
const OPAQUE = new Set(['word', 'number', 'raw_string', 'ansi_c_string', 'string_content', 'simple_expansion', 'variable_name', 'special_variable_name', 'comment', 'file_descriptor', 'heredoc_start', 'heredoc_end', 'heredoc_content', 'test_operator', 'regex', 'extglob_pattern']);

function nodeTypes(language: Language): NodeTypes {
  let types = nodeTypesOf.get(language);
  if (!types) {
    types = { names: [], named: [] };
    for (let id = 0; id < language.nodeTypeCount; id++) {
      types.names.push(language.nodeTypeForId(id) ?? 'ERROR');
      types.named.push(language.nodeTypeIsNamed(id));
    }
    nodeTypesOf.set(language, types);
  }
  return types;
}

function syntaxTreeOf(active: Parser, source: string): SyntaxNode {
  const tree = active.parse(source);
  if (!tree) return { type: 'program', named: true, start: 0, end: source.length, children: [], parent: undefined };
  const types = nodeTypes(tree.language);
  const cursor = tree.walk();
  try {
    const read = (parent: SyntaxNode | undefined): SyntaxNode => {
      const id = cursor.nodeTypeId;
      const type = types.names[id] ?? 'ERROR';
      const named = types.named[id] ?? true;
      // A span read here costs two more wasm calls; a container's is filled in from its children when we leave it.
      if (SPANNED_BY_CHILDREN.has(type)) return { type, named, start: -1, end: -1, children: [], parent };
      return { type, named, start: cursor.startIndex, end: cursor.endIndex, children: [], parent };
    };
    // Iterative walk: a long `a && b && …` chain nests one level per operator.
    const root = read(undefined);
    const path: SyntaxNode[] = [root];
    for (;;) {
      const current = path[path.length - 1];
      // Anonymous nodes are tokens (`&&`, `;`): they never have children, so asking costs a wasm call for nothing.
      if (current.named && !OPAQUE.has(current.type) && cursor.gotoFirstChild()) {
        const child = read(current);
        current.children.push(child);
        path.push(child);
        continue;
      }
      if (current.start < 0) {
        // A container without children (not seen in practice): its span was not read yet.
        current.start = cursor.startIndex;
        current.end = cursor.endIndex;
      }
      let moved = false;
      while (path.length > 1) {
        spanFromChildren(path.pop()!);
        if (cursor.gotoNextSibling()) {
          const parent = path[path.length - 1];
          const sibling = read(parent);
          parent.children.push(sibling);
          path.push(sibling);
          moved = true;
          break;
        }
        cursor.gotoParent();
      }
      if (!moved) return root;
    }
  } finally {
    cursor.delete();
    tree.delete();
  }
}

/**
 * Containers whose span is exactly that of their children (first child's start to last child's end), which holds for
 * every one in the corpus: `a && b` and a simple command. A long `a && b && …` chain is mostly these.
 */
const SPANNED_BY_CHILDREN = new Set(['list', 'command']);

/** Fills in the span of a container left unread by syntaxTreeOf (see SPANNED_BY_CHILDREN), now that its children are read. */
function spanFromChildren(node: SyntaxNode): void {
  if (node.start >= 0) return;
  node.start = node.children[0].start;
  node.end = node.children[node.children.length - 1].end;
}

interface Context {
  pipeline: { index: number; stage: number } | undefined;
  inSubshell: boolean;
  inSubstitution: boolean;
  inCondition: boolean;
}

const TOP: Context = { pipeline: undefined, inSubshell: false, inSubstitution: false, inCondition: false };

/** Constructs whose presence makes a script more than a list of commands. */
const SHELL_SYNTAX = new Set([
  'redirected_statement', 'subshell', 'compound_statement', 'if_statement', 'while_statement', 'for_statement',
  'c_style_for_statement', 'case_statement', 'function_definition', 'negated_command', 'test_command', 'process_substitution',
]);
const OPERATORS: Record<string, Separator> = { '&&': '&&', '||': '||', '|': '|', '|&': '|', ';': ';', ';;': ';', '&': '&' };
/** Tokens that close a construct: the command's separator is whatever follows the construct. */
const CLOSERS = new Set([')', '}', 'fi', 'done', 'esac', '`']);
/** Siblings that belong to a command rather than separate it from the next. */
const ATTACHED = new Set(['file_redirect', 'herestring_redirect', 'heredoc_redirect', 'heredoc_body', 'heredoc_end', 'comment']);
const SUBSTITUTIONS = new Set(['command_substitution', 'process_substitution']);
const REDIRECTS = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect']);
/** Parts of a redirection that are not its target word. */
const NOT_TARGETS = new Set([...REDIRECTS, 'file_descriptor', 'heredoc_body', 'heredoc_end', 'pipeline', 'comment']);
const EXPANSIONS = new Set(['simple_expansion', 'expansion', 'command_substitution', 'arithmetic_expansion', 'process_substitution', 'brace_expression']);

/**
 * How deep brackets may nest (`$( $( … ) )`, subshells, groups, `${…}`, `[ … ]`) in a script we read: a deeper one is not
 * parsed at all (see parseShell), and the reader stops descending there rather than overflow the stack.
 */
const MAX_NESTING = 100;

/** The deepest nesting of `(…)`, `{…}` and `[…]`, quotes ignored: about how deep the syntax tree would nest. */
function nestingDepth(script: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < script.length; i++) {
    const ch = script[i];
    if (ch === '(' || ch === '{' || ch === '[') deepest = Math.max(deepest, ++depth);
    else if ((ch === ')' || ch === '}' || ch === ']') && depth > 0) depth--;
  }
  return deepest;
}

class ScriptReader {
  private readonly commands: SimpleCommand[] = [];
  private depth = 0;
  private readonly commandNodes = new Map<SyntaxNode, SimpleCommand>();
  private readonly pipelines: ShellPipeline[] = [];
  private usesShellSyntax = false;

  constructor(
    private readonly source: string,
    private readonly base: number,
  ) {}

  read(root: SyntaxNode): ShellScript {
    this.visit(root, TOP);
    for (const [node, command] of this.commandNodes) command.separator = separatorAfter(node);
    const commands = this.commands.sort((a, b) => a.span.start - b.span.start);
    return {
      commands,
      usesShellSyntax: this.usesShellSyntax,
      pipelines: this.pipelines,
      ...(hasError(root) ? { hasSyntaxError: true } : {}),
      pipefailFrom: commands.find((c) => !c.inSubshell && !c.inSubstitution && c.words[0]?.value === 'set' && setsPipefail(c.words.slice(1).map((w) => w.value)))?.span.end,
    };
  }

  private span(node: SyntaxNode): Span {
    return { start: this.base + node.start, end: this.base + node.end };
  }

  private visit(node: SyntaxNode, context: Context): void {
    if (this.depth >= MAX_NESTING) return;
    this.depth++;
    try {
      this.visitNode(node, context);
    } finally {
      this.depth--;
    }
  }

  private visitNode(node: SyntaxNode, context: Context): void {
    if (SHELL_SYNTAX.has(node.type)) this.usesShellSyntax = true;
    switch (node.type) {
      case 'list':
        return this.visitList(node, context);
      case 'command':
        return this.readCommand(node, context);
      case 'declaration_command':
      case 'unset_command':
      case 'variable_assignment':
      case 'variable_assignments':
        return this.readDeclaration(node, context);
      case 'redirected_statement':
        return this.readRedirected(node, context);
      case 'pipeline':
        return this.readPipeline(node, node.children, context);
      case 'subshell':
        return this.visitChildren(node, { ...context, inSubshell: true });
      case 'command_substitution':
      case 'process_substitution':
        return this.visitChildren(node, { ...context, pipeline: undefined, inSubstitution: true });
      case 'if_statement':
      case 'elif_clause':
      case 'while_statement': {
        // The condition is everything before `then` (if, elif) or the `do … done` group (while, until).
        let inCondition = true;
        for (const child of node.children) {
          if (child.type === 'then' || child.type === 'do_group') inCondition = false;
          this.visit(child, inCondition && child.named ? { ...context, inCondition: true } : context);
        }
        return;
      }
      case 'comment':
        return;
      default:
        return this.visitChildren(node, context);
    }
  }

  private visitChildren(node: SyntaxNode, context: Context): void {
    for (const child of node.children) this.visit(child, context);
  }

  /** `a && b && c` nests one list per operator, the first command deepest: walked in a loop, however long the chain. */
  private visitList(node: SyntaxNode, context: Context): void {
    const chain: SyntaxNode[] = [];
    let first: SyntaxNode | undefined = node;
    for (; first?.type === 'list'; first = first.children[0]) chain.push(first);
    if (first) this.visit(first, context);
    for (let i = chain.length - 1; i >= 0; i--) for (const child of chain[i].children.slice(1)) this.visit(child, context);
  }

  private addCommand(node: SyntaxNode, allWords: ShellWord[], context: Context): SimpleCommand | undefined {
    // Error recovery inserts zero-width "missing" tokens; they are not words.
    const words = allWords.filter((w) => w.span.end > w.span.start);
    if (words.length === 0) return undefined;
    const command: SimpleCommand = {
      words,
      separator: undefined,
      span: { start: words[0].span.start, end: words[words.length - 1].span.end },
      ...(context.pipeline ? { pipeline: context.pipeline } : {}),
      ...(context.inSubshell ? { inSubshell: true } : {}),
      ...(context.inSubstitution ? { inSubstitution: true } : {}),
      ...(context.inCondition ? { inCondition: true } : {}),
    };
    this.commands.push(command);
    this.commandNodes.set(node, command);
    return command;
  }

  private readCommand(node: SyntaxNode, context: Context): void {
    const words: ShellWord[] = [];
    const redirects: SyntaxNode[] = [];
    for (const child of node.children) {
      if (REDIRECTS.has(child.type)) redirects.push(child);
      else if (child.type === 'command_name') words.push(this.word(child.children.length === 1 ? child.children[0] : child));
      else if (child.named && child.type !== 'comment') words.push(this.word(child));
    }
    const command = this.addCommand(node, words, context);
    if (command) for (const redirect of redirects) this.attachRedirect(command, redirect);
    this.visitNested(node, context);
  }

  /** `export A=1 B`, `unset X`, or assignments alone (`A=1 B=2`): the keyword (if any) and each item are words. */
  private readDeclaration(node: SyntaxNode, context: Context): void {
    const parts = node.type === 'variable_assignment' ? [node] : node.children.filter((c) => c.named || c === node.children[0]);
    this.addCommand(node, parts.filter((c) => c.type !== 'comment').map((c) => this.word(c)), context);
    this.visitNested(node, context);
  }

  /** Commands inside the words of a command: `$( … )`, backquotes, `<( … )`. */
  private visitNested(node: SyntaxNode, context: Context): void {
    if (this.depth >= MAX_NESTING) return;
    this.depth++;
    for (const child of node.children) {
      if (SUBSTITUTIONS.has(child.type)) this.visit(child, context);
      else if (child.children.length > 0 && child.type !== 'heredoc_redirect') this.visitNested(child, context);
    }
    this.depth--;
  }

  private readRedirected(node: SyntaxNode, context: Context): void {
    const redirects = node.children.filter((c) => REDIRECTS.has(c.type));
    const body = node.children.find((c) => c.named && !REDIRECTS.has(c.type) && c.type !== 'comment');
    // `cat <<EOF | sh`: tree-sitter puts the rest of the pipeline inside the here-document redirect.
    const piped = redirects.find((r) => r.type === 'heredoc_redirect')?.children.find((c) => c.type === 'pipeline');
    if (body && piped) this.readPipeline({ ...piped, start: body.start }, [body, ...piped.children], context);
    else if (body) this.visit(body, context);
    // tree-sitter attaches a redirection after `a && b` to the whole list; the shell gives it to the last command.
    let last = body;
    while (last?.type === 'list') last = last.children.filter((c) => c.named).pop();
    const command = last && this.commandNodes.get(last);
    for (const redirect of redirects) {
      if (command) this.attachRedirect(command, redirect);
      for (const child of redirect.children) {
        if (child === piped) continue;
        // `cat <<EOF > f && next`: the file redirect and the command after the operator live inside the here-document.
        if (child.type === 'file_redirect' && command) this.attachRedirect(command, child);
        if (isStatementAfterOperator(redirect, child) || SUBSTITUTIONS.has(child.type) || child.type === 'heredoc_body') this.visit(child, context);
        else if (child.children.length > 0) this.visitNested(child, context);
      }
    }
  }

  private readPipeline(node: SyntaxNode, children: SyntaxNode[], context: Context): void {
    const stages = children.filter((c) => c.named && c.type !== 'comment');
    const index = this.pipelines.length;
    const pipes = children.filter((c) => c.type === '|' || c.type === '|&').map((c) => this.span(c));
    this.pipelines.push({ span: this.span(node), stages: stages.length, pipes });
    stages.forEach((stage, i) => this.visit(stage, { ...context, pipeline: { index, stage: i } }));
  }

  private attachRedirect(command: SimpleCommand, redirect: SyntaxNode): void {
    const targets = redirect.children.filter((c) => c.named && !NOT_TARGETS.has(c.type) && !isStatementAfterOperator(redirect, c));
    const target = targets[0];
    const operatorEnd = target ? target.start : redirect.end;
    const operator = this.source.slice(redirect.start, operatorEnd).replace(/\s+/g, '');
    const entry: ShellRedirect = { operator, target: target && this.word(target), span: this.span(redirect) };
    (command.redirects ??= []).push(entry);
    // tree-sitter-bash #233: in `echo >&2 "msg" x`, the words after the first destination are arguments.
    const extra = redirect.type === 'file_redirect' ? targets.slice(1) : [];
    if (extra.length === 0) return;
    command.words.push(...extra.map((n) => this.word(n)));
    command.words.sort((a, b) => a.span.start - b.span.start);
    command.span = { start: command.words[0].span.start, end: Math.max(command.span.end, command.words[command.words.length - 1].span.end) };
  }

  private word(node: SyntaxNode): ShellWord {
    const { value, dynamic } = this.valueOf(node);
    return { value, raw: this.source.slice(node.start, node.end), span: this.span(node), dynamic };
  }

  /** The word after quote removal; expansions stay as written and make the word dynamic. */
  private valueOf(node: SyntaxNode): { value: string; dynamic: boolean } {
    const text = this.source.slice(node.start, node.end);
    switch (node.type) {
      case 'raw_string':
        return { value: text.slice(1, -1), dynamic: false };
      case 'ansi_c_string':
        return { value: decodeAnsiC(text.slice(2, -1)), dynamic: false };
      case 'string':
        return this.sequence(node, node.start + 1, node.end - 1, unescapeDoubleQuoted, (c) => c.type !== 'string_content');
      default:
        if (EXPANSIONS.has(node.type)) return { value: text, dynamic: true };
        return this.sequence(node, node.start, node.end, unquoted, (c) => c.named);
    }
  }

  /** Literal text between the special children, decoded by `literal`; each special child adds its own value. */
  private sequence(
    node: SyntaxNode,
    start: number,
    end: number,
    literal: (text: string) => { value: string; dynamic: boolean },
    special: (child: SyntaxNode) => boolean,
  ): { value: string; dynamic: boolean } {
    let value = '';
    let dynamic = false;
    let position = start;
    const add = (part: { value: string; dynamic: boolean }) => {
      value += part.value;
      dynamic ||= part.dynamic;
    };
    for (const child of node.children) {
      if (!special(child) || child.start < position || child.end > end) continue;
      add(literal(this.source.slice(position, child.start)));
      add(node.type === 'string' ? { value: this.source.slice(child.start, child.end), dynamic: true } : this.valueOf(child));
      position = child.end;
    }
    if (position < end) add(literal(this.source.slice(position, end)));
    return { value, dynamic };
  }
}

/** Unquoted text: backslash escapes removed, line continuations dropped; globs, `~`, `$` and backquotes are dynamic. */
function unquoted(text: string): { value: string; dynamic: boolean } {
  let value = '';
  let dynamic = text.startsWith('~');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      if (text[i + 1] !== '\n' && i + 1 < text.length) value += text[i + 1];
      i++;
      continue;
    }
    if (ch === '*' || ch === '?' || ch === '[' || ch === '$' || ch === '`') dynamic = true;
    value += ch;
  }
  return { value, dynamic };
}

/** Inside double quotes only `\"`, `\\`, `\$`, `` \` `` and a line continuation are escapes. */
function unescapeDoubleQuoted(text: string): { value: string; dynamic: boolean } {
  return { value: text.replace(/\\(\n|["\\$`])/g, (_, ch: string) => (ch === '\n' ? '' : ch)), dynamic: false };
}

function decodeAnsiC(text: string): string {
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', e: '\x1b' };
  return text.replace(/\\(.)/gs, (whole, ch: string) => escapes[ch] ?? whole);
}

/**
 * Shell options that turn pipefail on: `-o pipefail`, `-eo pipefail`, `-euxo pipefail`, `-o errexit -o pipefail`
 * (the arguments of `set`, or of the shell in a SHELL instruction); a later `+o pipefail` turns it off again.
 */
export function setsPipefail(options: readonly string[]): boolean {
  let result = false;
  for (let i = 0; i + 1 < options.length; i++) {
    const flag = /^([-+])[A-Za-z]*o$/.exec(options[i]);
    if (flag && options[i + 1] === 'pipefail') result = flag[1] === '-';
  }
  return result;
}

/** `cat <<EOF > f && next`: tree-sitter puts `next` inside the here-document redirect, after the operator. */
function isStatementAfterOperator(redirect: SyntaxNode, child: SyntaxNode): boolean {
  if (redirect.type !== 'heredoc_redirect' || !child.named) return false;
  const operator = redirect.children.findIndex((c) => c.type === '&&' || c.type === '||');
  return operator >= 0 && redirect.children.indexOf(child) > operator;
}

/** The operator between this command and the next one that runs, as the old lexer reported it. */
function separatorAfter(node: SyntaxNode): Separator | undefined {
  for (let current = node; current.parent; current = current.parent) {
    const parent: SyntaxNode = current.parent;
    const siblings = parent.children;
    for (let i = siblings.indexOf(current) + 1; i < siblings.length; i++) {
      const sibling = siblings[i];
      if (sibling.type === 'heredoc_redirect') {
        // `cat <<EOF && next` / `cat <<EOF | next`: the operator sits inside the redirect.
        const inside = sibling.children.find((c) => c.type === '&&' || c.type === '||' || c.type === 'pipeline');
        if (inside) return inside.type === 'pipeline' ? '|' : OPERATORS[inside.type];
        continue;
      }
      if (ATTACHED.has(sibling.type)) continue;
      if (sibling.named) return '\n';
      if (OPERATORS[sibling.type]) return OPERATORS[sibling.type];
      if (CLOSERS.has(sibling.type)) break;
      return '\n';
    }
    if (SUBSTITUTIONS.has(parent.type)) return undefined;
  }
  return undefined;
}

function hasError(root: SyntaxNode): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'ERROR') return true;
    stack.push(...node.children);
  }
  return false;
}

/** The offset of an unescaped newline between two parts of one command (tree-sitter-bash #347), or -1. */
function bareNewlineInsideCommand(root: SyntaxNode, source: string): number {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'command' || node.type === 'file_redirect' || node.type === 'declaration_command' || node.type === 'unset_command') {
      for (let i = 1; i < node.children.length; i++) {
        const previous = node.children[i - 1];
        const next = node.children[i];
        if (previous.type === 'comment' || next.type === 'comment') continue;
        for (let k = previous.end; k < next.start; k++) {
          if (source.charCodeAt(k) !== 10) continue;
          let backslashes = 0;
          for (let j = k - 1; j >= 0 && source[j] === '\\'; j--) backslashes++;
          if (backslashes % 2 === 0) return k;
        }
      }
    }
    stack.push(...node.children);
  }
  return -1;
}
