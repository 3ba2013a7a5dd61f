/** Build arguments the builder defines without an ARG instruction. */

/**
 * Platform ARGs: set in the global scope, so FROM lines can use them directly, but a stage only sees them after
 * declaring them again (`ARG TARGETARCH`).
 */
export const PREDEFINED_PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETSTAGE',
]);

/** Proxy ARGs: usable anywhere without a declaration (and kept out of the image's history). */
export const PROXY_ARGS: ReadonlySet<string> = new Set(
  ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((name) => [name, name.toLowerCase()]),
);

/** ARGs that configure BuildKit itself (`BUILDKIT_INLINE_CACHE`, `BUILDKIT_SBOM_SCAN_STAGE`…) and SOURCE_DATE_EPOCH. */
export function isBuilderArg(name: string): boolean {
  return name.startsWith('BUILDKIT_') || name === 'SOURCE_DATE_EPOCH';
}
