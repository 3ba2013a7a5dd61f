/**
 * Layering configurations, lowest first (defaults, `.hadolint.yaml`, `.shipshape.yaml`, editor settings or CLI flags).
 * Keys are rule ids or aliases in any casing, so each layer's keys are first resolved to rule ids: a higher layer's
 * `DL3025: off` then overrides a lower layer's `shell-form-cmd: error`, as it should. Options merge key by key.
 */
import type { LintConfig, RuleSetting } from './lint-config';
import { rules as registry } from '../rules';

const IDS_BY_NAME = new Map<string, string[]>();
for (const rule of registry) {
  for (const name of [rule.id, ...rule.aliases]) IDS_BY_NAME.set(name.toLowerCase(), [...(IDS_BY_NAME.get(name.toLowerCase()) ?? []), rule.id]);
}
const RULE_IDS = new Set(registry.map((r) => r.id.toLowerCase()));

export function mergeLintConfigs(...layers: (LintConfig | undefined)[]): LintConfig {
  const rules: Record<string, RuleSetting> = {};
  const merged: LintConfig = { rules };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.disableIgnorePragmas !== undefined) merged.disableIgnorePragmas = layer.disableIgnorePragmas;
    // Within one layer an id wins over an alias of the same rule, as `effectiveSetting` has it.
    const entries = Object.entries(layer.rules ?? {}).sort(([a], [b]) => Number(RULE_IDS.has(a.toLowerCase())) - Number(RULE_IDS.has(b.toLowerCase())));
    for (const [name, value] of entries) {
      const setting: RuleSetting = typeof value === 'string' ? { severity: value } : value;
      for (const id of IDS_BY_NAME.get(name.toLowerCase()) ?? [name]) {
        const current = rules[id] ?? {};
        rules[id] = {
          ...(setting.severity ?? current.severity ? { severity: setting.severity ?? current.severity } : {}),
          ...(setting.options || current.options ? { options: { ...current.options, ...setting.options } } : {}),
        };
      }
    }
  }
  return merged;
}
