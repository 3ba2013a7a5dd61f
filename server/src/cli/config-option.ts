/**
 * `-c, --config FILE`, as hadolint takes it: one configuration file for every linted file, used instead of the
 * `.hadolint.yaml` / `.shipshape.yaml` files found above each of them. A file whose name mentions `shipshape` is read
 * as a `.shipshape.yaml`; any other as a `.hadolint.yaml` (hadolint's `-c` takes any name), which makes the run a
 * hadolint-compatible one unless `--no-hadolint-compat` says otherwise.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHadolintConfig, parseShipshapeConfig } from '../engine';
import type { FileConfig } from '../node/config-files';
import { UsageError } from './usage-error';

export function isShipshapeConfigName(path: string): boolean {
  return /shipshape/i.test(basename(path));
}

/** Parsed once per thread: every file of the run shares it. */
const parsed = new Map<string, FileConfig>();

export function loadConfigOption(path: string): FileConfig {
  let config = parsed.get(path);
  if (!config) {
    const file = (isShipshapeConfigName(path) ? parseShipshapeConfig : parseHadolintConfig)(readFileSync(path, 'utf8'));
    config = {
      config: file.config,
      sources: [path],
      errors: file.problems.map((p) => `${path}:${p.line}:${p.column}: ${p.message}`),
      ...(file.failLevel ? { failLevel: file.failLevel } : {}),
    };
    parsed.set(path, config);
  }
  return config;
}

/** A usage error (exit code 2) when the file given to --config is not a readable file. */
export function checkConfigOption(path: string, shown: string): void {
  try {
    if (statSync(path).isFile()) {
      readFileSync(path);
      return;
    }
  } catch (error) {
    throw new UsageError(`--config: cannot read ${shown} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  throw new UsageError(`--config: ${shown} is not a file`);
}
