/**
 * hadolint compatibility: a pipeline that ran hadolint gets the same verdicts after switching. Only rules that carry a
 * hadolint code run on Dockerfiles (plus syntax errors, which hadolint reports too), unless a config file or `--rule`
 * turns another on; hadolint's default failure threshold (`info`) applies; text reports name findings by hadolint
 * code. `.hadolint.yaml` and its pragmas are honoured in every mode. Compose files, which hadolint never read, keep
 * every rule.
 */
import { rules, type FailLevel, type LintConfig } from '../engine';
import { basename } from 'node:path';

export const HADOLINT_DEFAULT_FAIL_LEVEL: FailLevel = 'info';

const KEPT = new Set(['dockerfile-syntax-error']);

export function hasHadolintCode(aliases: readonly string[]): boolean {
  return aliases.some((a) => /^DL\d{4}$/.test(a));
}

/** The lowest config layer in compatibility mode: Dockerfile rules without a hadolint code are off. */
export const HADOLINT_COMPAT_LAYER: LintConfig = {
  rules: Object.fromEntries(rules.filter((r) => r.language === 'dockerfile' && !hasHadolintCode(r.aliases) && !KEPT.has(r.id)).map((r) => [r.id, 'off' as const])),
};

/** Automatic compatibility: the file's configuration comes from a `.hadolint.yaml` alone. */
export function onlyHadolintConfig(configSources: readonly string[]): boolean {
  const names = configSources.map((path) => basename(path));
  return names.some((n) => n.startsWith('.hadolint.')) && !names.some((n) => n.startsWith('.shipshape.'));
}
