/**
 * `--fix-dry-run`'s output: a unified diff per file, as `git apply` and `patch -p1` take it. jsdiff (the `diff`
 * package) computes it: hunk headers, context merging and "\ No newline at end of file" are easy to get subtly
 * wrong, and it is the diff library most of the npm ecosystem already trusts.
 */
import { createTwoFilesPatch } from 'diff';
import { posixPath } from './report';

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const name = posixPath(path);
  return withoutIndexHeader(createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 }));
}

/** A file a fix would create (a missing `.dockerignore`). */
export function newFileDiff(path: string, text: string): string {
  const name = posixPath(path);
  return withoutIndexHeader(createTwoFilesPatch('/dev/null', `b/${name}`, '', text, undefined, undefined, { context: 3 }));
}

/** jsdiff starts with a `===…` separator line that patch tools skip but people need not read. */
function withoutIndexHeader(patch: string): string {
  return patch.replace(/^=+\n/, '');
}
