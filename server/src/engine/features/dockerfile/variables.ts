/**
 * ARG and ENV variables as occurrences, scoped as BuildKit scopes them:
 * - a global ARG (before the first FROM) is seen by FROM lines, and inside a stage only after `ARG NAME` re-declares it;
 * - ARG and ENV of a stage are seen by the stage's later instructions and by stages built on it (`FROM build AS x`);
 * - ENV and ARG values are expanded with what was visible before the instruction (`ENV PATH=$PATH:/x`).
 * Declarations that re-declare a visible variable join its symbol, so renaming one renames the chain. A use with no
 * declaration in sight (`$HOME`, `$TARGETPLATFORM`, a shell variable) can be found but not renamed.
 */
import type { Span } from '../../model';
import { PropertyInstruction } from 'dockerfile-ast';
import { nodeSpan, type DockerInstruction, type DockerfileModel, type Stage } from '../../parse/dockerfile';
import type { Occurrence } from './occurrences';
import { variableUsesIn, type ScanOptions } from './variable-uses';

const UNDECLARED = 'This variable is not declared by an ARG or ENV this instruction can see (it comes from the base image, the builder or the shell).';

interface Declaration {
  id: number;
  span: Span;
  /** The declaration this one re-declares, for go-to-definition. */
  previous: number | undefined;
}

type Scope = Map<string, number>;

export function variableOccurrences(model: DockerfileModel): Occurrence[] {
  const declarations: Declaration[] = [];
  const parent: number[] = [];
  const find = (id: number): number => (parent[id] === id ? id : (parent[id] = find(parent[id])));
  const pending: { span: Span; declaration: number | undefined; name: string; role: 'declaration' | 'use' }[] = [];

  const declare = (scope: Scope, name: string, span: Span, previous: number | undefined) => {
    const id = declarations.length;
    declarations.push({ id, span, previous });
    parent.push(id);
    if (previous !== undefined) parent[find(id)] = find(previous);
    scope.set(name, id);
    pending.push({ span, declaration: id, name, role: 'declaration' });
  };
  const use = (scope: Scope, instruction: DockerInstruction) => {
    for (const { name, span } of usesOf(model, instruction)) pending.push({ span, declaration: scope.get(name), name, role: 'use' });
  };

  const globals: Scope = new Map();
  for (const instruction of model.globalArgs) {
    use(globals, instruction);
    for (const { name, span } of declaredBy(model.text, instruction)) declare(globals, name, span, globals.get(name));
  }
  const scopes = new Map<Stage, Scope>();
  for (const stage of model.stages) {
    const scope: Scope = new Map(stage.baseStage ? scopes.get(stage.baseStage) : undefined);
    scopes.set(stage, scope);
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'FROM') {
        use(globals, instruction);
        continue;
      }
      use(scope, instruction);
      if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') continue;
      for (const { name, span } of declaredBy(model.text, instruction)) {
        const global = instruction.keyword === 'ARG' ? globals.get(name) : undefined;
        declare(scope, name, span, scope.get(name) ?? global);
      }
    }
  }

  return pending.map(({ span, declaration, name, role }): Occurrence => {
    if (declaration === undefined) return { kind: 'variable', symbol: `variable:?${name}`, span, role, definition: undefined, fixed: UNDECLARED };
    const target = role === 'use' ? declaration : (declarations[declaration].previous ?? declaration);
    return { kind: 'variable', symbol: `variable:${find(declaration)}`, span, role, definition: declarations[target].span };
  });
}

/** The names an ARG or ENV declares: `ARG A B=1`, `ENV A="x y" B=2`, and the legacy `ENV A 1`. */
export function declaredBy(text: string, instruction: DockerInstruction): { name: string; span: Span }[] {
  const node = instruction.node;
  if (!(node instanceof PropertyInstruction)) return [];
  return node.getProperties().flatMap((property) => {
    const name = property.getName();
    const span = nodeSpan(instruction, property.getNameRange());
    // A name spelled with escapes or continuations cannot be edited in place.
    return VARIABLE_NAME.test(name) && text.slice(span.start, span.end) === name ? [{ name, span }] : [];
  });
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const NOT_EXPANDED = new Set(['SHELL']);
const SHELL_EXEC = new Set(['RUN', 'CMD', 'ENTRYPOINT']);

/** The variable uses of one instruction: after its keyword, in heredoc bodies unless the delimiter is quoted. */
function usesOf(model: DockerfileModel, instruction: DockerInstruction): { name: string; span: Span }[] {
  if (NOT_EXPANDED.has(instruction.keyword) || (SHELL_EXEC.has(instruction.keyword) && instruction.form === 'exec')) return [];
  const { text, escapeChar } = model;
  const writesFile = instruction.keyword === 'COPY' || instruction.keyword === 'ADD';
  const code: ScanOptions = { escapeChar, quotes: true, comments: true };
  const segments: { start: number; end: number; options: ScanOptions }[] = [];
  let at = instruction.keywordSpan.end;
  for (const heredoc of instruction.heredocs) {
    if (!heredoc.bodySpan) continue;
    segments.push({ start: at, end: heredoc.bodySpan.start, options: code });
    const quoted = /['"]/.test(text.slice(heredoc.markerSpan.start, heredoc.markerSpan.end));
    if (!quoted) segments.push({ ...heredoc.bodySpan, options: writesFile ? { escapeChar, quotes: false, comments: false } : code });
    at = heredoc.bodySpan.end;
  }
  segments.push({ start: at, end: instruction.span.end, options: code });
  return segments.flatMap((s) => variableUsesIn(text, s.start, s.end, s.options));
}
