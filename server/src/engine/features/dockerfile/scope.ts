/**
 * What is visible at a point of a Dockerfile: the stage it is in, the earlier stages, and the build variables a
 * `$NAME` there can refer to (BuildKit's scoping: a global ARG is visible to FROM lines only, and inside a stage only
 * once the stage re-declares it; a stage built on another (`FROM build`) inherits its ARG and ENV).
 */
import type { DockerInstruction, DockerfileModel, Stage } from '../../parse/dockerfile';
import { keyValuePairsOf, unquote } from '../../parse/variables';
import { predefinedArgs } from './syntax';

export interface ScopedVariable {
  name: string;
  /** `ARG`, `ENV` or `predefined`. */
  origin: 'ARG' | 'ENV' | 'predefined';
  /** The declaring instruction's text, or what a predefined one holds. */
  detail: string;
  /** Visible without further ado; false for a platform ARG a stage has not re-declared. */
  visible: boolean;
}

/** The last stage starting before `offset`. */
export function stageAt(model: DockerfileModel, offset: number): Stage | undefined {
  let found: Stage | undefined;
  for (const stage of model.stages) if (stage.from.span.start < offset) found = stage;
  return found;
}

/** Stages that start before `offset`. */
export function earlierStages(model: DockerfileModel, offset: number): Stage[] {
  return model.stages.filter((s) => s.from.span.start < offset);
}

/** Variables `$NAME` can use in the instruction starting at `instructionStart`. */
export function variablesInScope(model: DockerfileModel, instructionStart: number, isFrom: boolean): ScopedVariable[] {
  const found = new Map<string, ScopedVariable>();
  const add = (v: ScopedVariable) => {
    const known = found.get(v.name);
    if (!known || (!known.visible && v.visible)) found.set(v.name, v);
  };
  const declare = (instruction: DockerInstruction) => {
    for (const pair of keyValuePairsOf(instruction, model.text, model.escapeChar).pairs) {
      const name = unquote(pair.key, model.escapeChar);
      if (name) add({ name, origin: instruction.keyword as 'ARG' | 'ENV', detail: oneLine(model.text.slice(pair.span.start, pair.span.end), instruction.keyword), visible: true });
    }
  };
  const stage = isFrom ? undefined : stageAt(model, instructionStart);
  if (!stage) {
    for (const arg of model.globalArgs) if (arg.span.end <= instructionStart) declare(arg);
  } else {
    for (const instruction of stage.instructions) {
      if (instruction.span.end > instructionStart) break;
      if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') declare(instruction);
    }
    // A stage built on an earlier one (`FROM build`) inherits what that stage declared.
    for (let base = stage.baseStage; base; base = base.baseStage) {
      for (const instruction of base.instructions) if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') declare(instruction);
    }
  }
  for (const arg of predefinedArgs) {
    if (!stage && !arg.platform) continue; // FROM lines see only the platform ARGs
    add({ name: arg.name, origin: 'predefined', detail: arg.doc, visible: !stage || !arg.platform });
  }
  return [...found.values()];
}

function oneLine(text: string, keyword: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `${keyword} ${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}`;
}
