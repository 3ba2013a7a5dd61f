/**
 * Reads a file for linting, refusing what is not a text worth analysing before the engine sees it: a file too large
 * to read whole, and bytes that are not UTF-8. (The engine refuses binary and oversized texts itself too.)
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_ANALYSED_LENGTH, tooLargeMessage } from '../engine/text/analysable';

/** A UTF-8 character takes at most 3 bytes per UTF-16 code unit: anything larger cannot fit the engine's limit. */
const MAX_FILE_BYTES = 3 * MAX_ANALYSED_LENGTH;

export function readText(path: string): { text: string } | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { error: tooLargeMessage(size) };
    const bytes = readFileSync(path);
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      return { error: 'not a text file (it is not valid UTF-8)' };
    }
  } catch (error) {
    return { error: `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}
