/** POSIX path arithmetic for paths inside an image (WORKDIR, COPY destinations). */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/');
}

/** Resolves `path` against the absolute directory `base`, normalising `.` and `..`. */
export function resolvePath(base: string, path: string): string {
  const parts = (isAbsolutePath(path) ? path : `${base}/${path}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}
