/** The sources and destination of COPY and ADD, in shell form, exec form and with here-documents. */
import type { Span } from '../model';
import type { DockerFlag, DockerInstruction, Word } from './dockerfile';
import { nextLineStart } from '../fix/edits';
import { dropQuotes } from '../text/quotes';

export interface PathArg {
  /** The path with surrounding quotes removed; variables are kept as written. */
  value: string;
  /** The word as written (quotes included), so edits can land inside the quotes. */
  span: Span;
  /** Contains `$`: the real path is only known at build time. */
  dynamic: boolean;
  /** A here-document (`<<EOF`) whose body is the file's content. */
  heredoc: boolean;
}

export interface CopyArgs {
  sources: PathArg[];
  destination: PathArg | undefined;
  /** `--from=<stage|image>` of COPY. */
  from: DockerFlag | undefined;
  form: 'exec' | 'shell';
}

/** Undefined for anything but COPY/ADD. */
export function copyArgsOf(instruction: DockerInstruction, text: string): CopyArgs | undefined {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return undefined;
  const from = instruction.flags.find((f) => f.name.toLowerCase() === 'from');
  const words = instruction.form === 'exec' ? instruction.execArgs : shellWords(instruction, text);
  const paths = words.map(({ value: written, span }): PathArg => {
    const value = instruction.form === 'exec' ? written : dropQuotes(written);
    return { value, span, dynamic: value.includes('$'), heredoc: instruction.form === 'shell' && /^<<-?["']?\w/.test(written) };
  });
  return { sources: paths.slice(0, -1), destination: paths[paths.length - 1], from, form: instruction.form };
}

/**
 * The words before the here-document bodies: dockerfile-ast also lists the bodies' words as arguments.
 * The bodies start on the line after the last `<<EOF` marker.
 */
function shellWords(instruction: DockerInstruction, text: string): Word[] {
  const lastMarker = instruction.heredocs[instruction.heredocs.length - 1]?.markerSpan;
  const bodiesStart = lastMarker ? nextLineStart(text, lastMarker.end) : Infinity;
  return instruction.args.filter((a) => a.span.start < bodiesStart);
}
