/** The outline of a Dockerfile: global ARGs, then each stage (named, or `stage N`) with its instructions as children. */
import type { DockerInstruction, DockerfileModel, Stage } from '../../parse/dockerfile';
import type { SymbolEntry } from '../types';

export function dockerfileSymbols(model: DockerfileModel): SymbolEntry[] {
  return [...model.globalArgs.map((i) => instructionSymbol(model.text, i)), ...model.stages.map((stage) => stageSymbol(model.text, stage, true))];
}

/** Stages alone, for a workspace-wide symbol search. */
export function dockerfileWorkspaceSymbols(model: DockerfileModel): SymbolEntry[] {
  return model.stages.map((stage) => stageSymbol(model.text, stage, false));
}

export const stageLabel = (stage: Stage) => stage.name ?? `stage ${stage.index}`;

function stageSymbol(text: string, stage: Stage, withChildren: boolean): SymbolEntry {
  const last = stage.instructions[stage.instructions.length - 1];
  const nameSpan = stage.nameSpan;
  return {
    // The name as written, so the outline shows the author's casing.
    name: nameSpan ? text.slice(nameSpan.start, nameSpan.end) : stageLabel(stage),
    kind: 'stage',
    detail: stage.image?.text,
    span: { start: stage.from.span.start, end: last.span.end },
    selectionSpan: nameSpan ?? stage.from.keywordSpan,
    children: withChildren ? stage.instructions.map((i) => instructionSymbol(text, i)) : [],
  };
}

/** `RUN` with the first line of its arguments as detail. */
function instructionSymbol(text: string, instruction: DockerInstruction): SymbolEntry {
  const rest = text.slice(instruction.keywordSpan.end, instruction.span.end).trim();
  const firstLine = rest.split('\n')[0].replace(/\s*\\?\s*$/, '');
  return {
    name: instruction.keyword,
    kind: 'instruction',
    detail: firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine,
    span: instruction.span,
    selectionSpan: instruction.keywordSpan,
    children: [],
  };
}
