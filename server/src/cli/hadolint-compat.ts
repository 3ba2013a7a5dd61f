/**
 * hadolint compatibility: a pipeline that ran hadolint gets the same verdicts after switching. Only rules that carry a
 * hadolint code run on Dockerfiles (plus syntax errors, which hadolint reports too), unless a config file or `--rule`
 * turns another on; hadolint's default failure threshold (`info`) applies; text reports name findings by hadolint
 * code. `.hadolint.yaml` and its pragmas are honoured in every mode. Compose files, which hadolint never read, keep
 * every rule.
 */
import { parseHadolintConfig, rules, type FailLevel, type LintConfig } from '../engine';
import { isShipshapeConfigName } from './config-option';
import { UsageError } from './usage-error';

export const HADOLINT_DEFAULT_FAIL_LEVEL: FailLevel = 'info';

const KEPT = new Set(['dockerfile-syntax-error']);

export function hasHadolintCode(aliases: readonly string[]): boolean {
  return aliases.some((a) => /^DL\d{4}$/.test(a));
}

/** The lowest config layer in compatibility mode: Dockerfile rules without a hadolint code are off. */
export const HADOLINT_COMPAT_LAYER: LintConfig = {
  rules: Object.fromEntries(rules.filter((r) => r.language === 'dockerfile' && !hasHadolintCode(r.aliases) && !KEPT.has(r.id)).map((r) => [r.id, 'off' as const])),
};

/** Automatic compatibility: the file's configuration comes from hadolint's config file alone. */
export function onlyHadolintConfig(configSources: readonly string[]): boolean {
  return configSources.length > 0 && !configSources.some(isShipshapeConfigName);
}

/** hadolint's command-line settings, under the `.hadolint.yaml` keys they stand for. */
export interface HadolintFlags {
  trustedRegistries?: string[];
  'label-schema'?: Record<string, string>;
  'strict-labels'?: boolean;
  'disable-ignore-pragma'?: boolean;
}

/**
 * `--trusted-registry`, `--require-label`, `--strict-labels` and `--disable-ignore-pragma` as a config layer, read by
 * the `.hadolint.yaml` reader itself (JSON is YAML), so a flag means exactly what its key means in the file.
 */
export function hadolintFlagsLayer(flags: HadolintFlags): LintConfig | undefined {
  if (Object.keys(flags).length === 0) return undefined;
  const parsed = parseHadolintConfig(JSON.stringify(flags));
  // Only a label type can be wrong: the other values are strings and switches.
  if (parsed.problems.length) throw new UsageError(`--require-label: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.config;
}
