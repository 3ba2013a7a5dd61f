/** What configuration means to the engine. Adapters merge settings and files into one `LintConfig`. */
import type { Severity, SeverityOrOff } from '../model';

export interface RuleSetting {
  severity?: SeverityOrOff;
  options?: Record<string, unknown>;
}

export interface LintConfig {
  /** Keyed by rule id or by any of its aliases (`DL3025`, `JSONArgsRecommended`). */
  rules?: Record<string, SeverityOrOff | RuleSetting>;
  /** `.hadolint.yaml`'s `disable-ignore-pragma`: ignore pragmas in the files are not honoured. */
  disableIgnorePragmas?: boolean;
}

export interface EffectiveRuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

interface RuleIdentity {
  id: string;
  aliases: readonly string[];
  severity: Severity;
  enabledByDefault?: boolean;
}

/** The severity and options in force for one rule: its default, overridden by the config (id wins over alias). */
export function effectiveSetting(rule: RuleIdentity, config: LintConfig | undefined): EffectiveRuleSetting {
  const base: EffectiveRuleSetting = { severity: rule.enabledByDefault === false ? 'off' : rule.severity, options: {} };
  const rules = config?.rules;
  if (!rules) return base;
  for (const key of [...rule.aliases, rule.id]) {
    const setting = lookup(rules, key);
    if (setting === undefined) continue;
    if (typeof setting === 'string') base.severity = setting;
    else {
      if (setting.severity) base.severity = setting.severity;
      if (setting.options) base.options = { ...base.options, ...setting.options };
    }
  }
  return base;
}

/** Keys are matched case-insensitively: people write `dl3025` as often as `DL3025`. */
function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  if (key in record) return record[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(record)) if (k.toLowerCase() === lower) return record[k];
  return undefined;
}
