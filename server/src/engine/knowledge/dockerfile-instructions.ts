/** The Dockerfile instruction set and the flags each instruction accepts (stable and labs syntax). */

export const INSTRUCTIONS: readonly string[] = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

const FLAGS: Readonly<Record<string, readonly string[]>> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** Flags the instruction accepts; an empty list for instructions that take none. */
export function flagsOf(keyword: string): readonly string[] {
  return FLAGS[keyword] ?? [];
}

export const HEALTHCHECK_DURATION_FLAGS: ReadonlySet<string> = new Set(['interval', 'timeout', 'start-period', 'start-interval']);

/** Flags that take no value (`--link`); every other flag needs `--name=value`. */
export const BOOLEAN_FLAGS: ReadonlySet<string> = new Set(['link', 'keep-git-dir', 'unpack', 'parents']);

/** Signal names STOPSIGNAL accepts (with or without the `SIG` prefix), besides numbers and `RTMIN+n`/`RTMAX-n`. */
export const SIGNALS: ReadonlySet<string> = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF',
  'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'UNUSED', 'URG', 'USR1', 'USR2',
  'VTALRM', 'WINCH', 'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
]);
