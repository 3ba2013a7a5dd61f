/**
 * Stage names as occurrences: `FROM … AS name` declares; `FROM name`, `COPY --from=name`, `ADD --from=name` and
 * `RUN --mount=…,from=name` use. BuildKit compares stage names case-insensitively; `--from=0` names a stage by its
 * number. An image whose name merely looks like a stage (`FROM build:1`, or a stage declared later) is not a use.
 */
import type { Span } from '../../model';
import type { DockerInstruction, DockerfileModel, Stage } from '../../parse/dockerfile';
import type { Occurrence } from './occurrences';

const NUMBERED = 'A stage without a name is referred to by its number; name it with `AS name` to rename it.';

export function stageOccurrences(model: DockerfileModel): Occurrence[] {
  const found: Occurrence[] = [];
  const stageOf = (value: string): Stage | undefined =>
    /^\d+$/.test(value) ? model.stages[Number(value)] : model.stages.find((s) => s.name === value.toLowerCase());
  const use = (stage: Stage, span: Span, numbered: boolean) =>
    found.push({ kind: 'stage', symbol: `stage:${stage.index}`, span, role: 'use', definition: definitionOf(stage), ...(numbered ? { fixed: NUMBERED } : {}) });

  for (const stage of model.stages) {
    if (stage.nameSpan) found.push({ kind: 'stage', symbol: `stage:${stage.index}`, span: stage.nameSpan, role: 'declaration', definition: stage.nameSpan });
    if (stage.baseStage && stage.image) use(stage.baseStage, stage.image.span, false);
  }
  for (const instruction of model.instructions) {
    for (const { value, span } of fromValues(model.text, instruction)) {
      const stage = stageOf(value);
      if (stage) use(stage, span, /^\d+$/.test(value));
    }
  }
  return found;
}

/** Where "go to definition" of a stage leads: its name, or its whole FROM line when it has none. */
export function definitionOf(stage: Stage): Span {
  return stage.nameSpan ?? stage.from.span;
}

/** The values of `--from=` (COPY, ADD) and of the `from=` option of `--mount` (RUN), with their spans. */
export function fromValues(text: string, instruction: DockerInstruction): { value: string; span: Span }[] {
  const values: { value: string; span: Span }[] = [];
  const add = (value: string | null, start: number) => {
    if (value && text.startsWith(value, start)) values.push({ value, span: { start, end: start + value.length } });
  };
  for (const flag of instruction.flags) {
    if (flag.name === 'from' && (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && flag.valueSpan) add(flag.value, flag.valueSpan.start);
    if (flag.name === 'mount' && instruction.keyword === 'RUN') {
      for (const option of flag.options) if (option.name === 'from') add(option.value, option.span.start + 'from='.length);
    }
  }
  return values;
}
