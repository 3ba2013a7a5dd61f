/** File facts for the engine, read with `fs`: whether paths named in a document exist beside it. */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `pathExists` for a document at `documentPath`: paths relative to its directory. Undefined when that directory
 * does not exist (an unsaved or virtual document), so rules that need file facts stay silent.
 */
export function pathExistsBeside(documentPath: string): ((path: string) => boolean | undefined) | undefined {
  const dir = dirname(resolve(documentPath));
  if (exists(dir) !== true) return undefined;
  return (path) => exists(resolve(dir, path));
}

function exists(path: string): boolean | undefined {
  try {
    statSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? false : undefined;
  }
}
