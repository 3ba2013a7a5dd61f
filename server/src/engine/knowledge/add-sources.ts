/** What ADD does with a source: download it, clone it, unpack it, or copy it like COPY would. */

export type AddSourceKind =
  /** `http(s)://…` file: downloaded. */
  | 'url'
  /** A Git repository (`git@host:…`, `…/repo.git#ref`, `git://…`): cloned. */
  | 'git'
  /** A local tar archive, possibly compressed, by its name: unpacked into the destination. */
  | 'archive'
  /** A local file or directory: copied as it is, as COPY would. */
  | 'local'
  /** Starts with a variable: only the build knows. */
  | 'unknown';

const GIT_SOURCE = /^(git@|git:\/\/|ssh:\/\/)|^https?:\/\/[^#]*\.git(#.*)?$/i;
/**
 * Tar archives, plain or compressed the ways ADD understands (gzip, bzip2, xz, zstd). A bare `.gz` may hold a tar, so it
 * counts. ADD really decides by content; the name is what a linter can go by.
 */
const ARCHIVE = /\.(tar|tgz|taz|tbz|tbz2|tb2|txz|tzst|gz|bz2|xz|zst)$/i;

export function addSourceKind(source: string): AddSourceKind {
  if (GIT_SOURCE.test(source)) return 'git';
  if (/^https?:\/\//i.test(source)) return 'url';
  if (source.startsWith('$')) return 'unknown';
  if (ARCHIVE.test(source)) return 'archive';
  return 'local';
}
