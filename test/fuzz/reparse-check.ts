/**
 * The incremental re-parse must be invisible: after a chain of small edits, the model built from the previous
 * versions and the findings on it equal a parse from scratch.
 */
import { lint, parseDocument, type Finding, type ParsedDocument } from '../../server/src/engine';
import { nodeSpan, type DockerInstruction, type DockerfileModel } from '../../server/src/engine/parse/dockerfile';
import type { Random } from './mutate';

const EDIT_SNIPPETS = ['x', ' ', '\n', '\\', '\\\n', '"', "'", '#', '<<EOF\n', 'EOF\n', '\nRUN a \\\n', '\nFROM b AS c\n', '\t', '\r\n', '$', '${', '[', ']', 'ARG X=1\n', '`'];

export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export function randomEdit(text: string, random: Random): Edit {
  const at = random.int(text.length + 1);
  const remove = random.chance(0.4) ? random.int(Math.min(20, text.length - at) + 1) : 0;
  const insert = random.chance(0.8) ? random.pick(EDIT_SNIPPETS) : '';
  return { at, remove, insert };
}

export const applyEdit = (text: string, e: Edit) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);

/** What a model says, without the dockerfile-ast nodes (whose coordinates legitimately differ) and object cycles. */
function plainInstruction(i: DockerInstruction): unknown {
  const { node, nodeOrigin, stage, trigger, ...data } = i;
  return { ...data, stage: stage?.index, trigger: trigger && plainInstruction(trigger), nodeRange: nodeSpan(i, node.getRange()) };
}

function plainModel(m: DockerfileModel): unknown {
  return {
    escapeChar: m.escapeChar,
    directives: m.directives,
    comments: m.comments,
    instructions: m.instructions.map(plainInstruction),
    stages: m.stages.map((s) => ({ ...s, from: s.from.span, baseStage: s.baseStage?.index, instructions: s.instructions.map((i) => i.span) })),
    globalArgs: m.globalArgs.map((i) => i.span),
  };
}

const plainFindings = (findings: Finding[]) => findings.map((f) => ({ ...f, fixes: f.fixes.map((x) => ({ ...x })) }));

/**
 * Applies `edits` one after another, re-parsing each version from the previous one, and compares the last with a
 * parse from scratch. Returns a description of the first difference, or undefined.
 */
export function reparseDifference(text: string, edits: readonly Edit[]): string | undefined {
  let current = text;
  let parsed: ParsedDocument = parseDocument(text, 'dockerfile');
  for (const edit of edits) {
    current = applyEdit(current, edit);
    parsed = parseDocument(current, 'dockerfile', parsed);
  }
  const scratch = parseDocument(current, 'dockerfile');
  if (!!scratch.dockerfile !== !!parsed.dockerfile) return 'one parse refused the text and the other did not';
  if (scratch.dockerfile && parsed.dockerfile) {
    const a = JSON.stringify(plainModel(parsed.dockerfile));
    const b = JSON.stringify(plainModel(scratch.dockerfile));
    if (a !== b) return `models differ after edits ${JSON.stringify(edits)}: ${firstDifference(a, b)}`;
  }
  const a = JSON.stringify(plainFindings(lint(parsed)));
  const b = JSON.stringify(plainFindings(lint(scratch)));
  if (a !== b) return `findings differ after edits ${JSON.stringify(edits)}: ${firstDifference(a, b)}`;
  return undefined;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `re-parsed …${a.slice(Math.max(0, i - 80), i + 80)}… vs from scratch …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}
