/** Edits on the words of a RUN that keep an exec-form RUN (`RUN ["pip", "install", …]`) a valid JSON array. */
import type { Edit, Span } from '../model';
import type { DockerInstruction } from '../parse/dockerfile';
import { insert, replace } from './edits';

/** Adds `argument` as a new word right after the word ending at `after`. */
export function insertArgument(run: DockerInstruction, after: number, argument: string): Edit {
  return insert(after, run.form === 'exec' ? `, ${JSON.stringify(argument)}` : ` ${argument}`);
}

/** Replaces whole words (`span` runs from the first word's start to the last word's end) with one word. */
export function replaceArguments(run: DockerInstruction, span: Span, argument: string): Edit {
  return replace(span, run.form === 'exec' ? JSON.stringify(argument) : argument);
}
