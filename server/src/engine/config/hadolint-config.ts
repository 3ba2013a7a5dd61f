/**
 * `.hadolint.yaml` / `.hadolint.yml`, read into our configuration so a project that already runs hadolint in CI gets
 * the same exceptions in the editor. Keys: `ignored`, `override` (`error`/`warning`/`info`/`style`, style being our
 * `hint`), `trustedRegistries` (also `trusted-registries`), `label-schema`, `strict-labels`, `failure-threshold`,
 * `no-fail`, `disable-ignore-pragma`; `no-color`, `verbose` and `output-format` concern hadolint's output and are
 * accepted without effect. Registries and the label schema become options of the rules that need them.
 */
import type { Node } from 'yaml';
import type { Severity } from '../model';
import type { LintConfig, RuleSetting } from './lint-config';
import { ConfigReader, type ConfigProblem } from './config-yaml';
import { rules as registry } from '../rules';

export type FailLevel = Severity | 'none';

export interface ParsedConfigFile {
  config: LintConfig;
  /** Lowest severity that fails a CLI run (`failure-threshold`; `no-fail` makes it `none`). */
  failLevel?: FailLevel;
  problems: ConfigProblem[];
}

/** The rules that read hadolint's registry and label settings from their options. */
export const TRUSTED_REGISTRIES_RULE = 'untrusted-base-image-registry';
export const LABEL_SCHEMA_RULE = 'label-schema';

const OVERRIDE_LEVELS = { error: 'error', warning: 'warning', info: 'info', style: 'hint' } as const;
const THRESHOLDS = { error: 'error', warning: 'warning', info: 'info', style: 'hint', ignore: 'none', none: 'none' } as const;
const LABEL_TYPES = ['text', 'url', 'spdx', 'hash', 'rfc3339', 'semver', 'email'] as const;
const OUTPUT_ONLY = new Set(['no-color', 'verbose', 'output-format', 'format']);

export function parseHadolintConfig(text: string): ParsedConfigFile {
  const reader = new ConfigReader(text);
  const rules: Record<string, RuleSetting> = {};
  const config: LintConfig = { rules };
  let failLevel: FailLevel | undefined;
  let noFail = false;
  const ignored: string[] = [];
  const setting = (id: string) => (rules[id] ??= {});
  const options = (id: string) => (setting(id).options ??= {});

  for (const { key, keyNode, value } of reader.root ? reader.entries(reader.root) : []) {
    switch (key) {
      case 'ignored':
        ignored.push(...ruleList(reader, value, 'ignored'));
        break;
      case 'override': {
        const levels = reader.map(value, 'override');
        for (const level of levels ? reader.entries(levels) : []) {
          const severity = OVERRIDE_LEVELS[level.key as keyof typeof OVERRIDE_LEVELS];
          if (!severity) reader.problem(level.keyNode, `override: unknown level "${level.key}" (expected error, warning, info or style)`);
          else for (const name of ruleList(reader, level.value, `override.${level.key}`)) setting(name).severity = severity;
        }
        break;
      }
      case 'trustedRegistries':
      case 'trusted-registries':
        options(TRUSTED_REGISTRIES_RULE).trustedRegistries = reader.stringList(value, key);
        break;
      case 'label-schema': {
        const schema: Record<string, string> = {};
        const labels = reader.map(value, key);
        for (const label of labels ? reader.entries(labels) : []) {
          const type = reader.oneOf(label.value, `label-schema.${label.key}`, LABEL_TYPES);
          if (type) schema[label.key] = type;
        }
        options(LABEL_SCHEMA_RULE).labelSchema = schema;
        break;
      }
      case 'strict-labels': {
        const strict = reader.boolean(value, key);
        if (strict !== undefined) options(LABEL_SCHEMA_RULE).strictLabels = strict;
        break;
      }
      case 'failure-threshold': {
        const threshold = reader.oneOf(value, key, Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]);
        if (threshold) failLevel = THRESHOLDS[threshold];
        break;
      }
      case 'no-fail':
        noFail = reader.boolean(value, key) ?? false;
        break;
      case 'disable-ignore-pragma':
        config.disableIgnorePragmas = reader.boolean(value, key);
        break;
      default:
        if (!OUTPUT_ONLY.has(key)) reader.problem(keyNode, `unknown key "${key}" (hadolint reads ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold, no-fail, disable-ignore-pragma)`);
    }
  }
  // hadolint drops an ignored rule whatever `override` says.
  for (const name of ignored) setting(name).severity = 'off';
  // hadolint runs the registry and label checks once they are configured; ours are off until turned on.
  for (const id of [TRUSTED_REGISTRIES_RULE, LABEL_SCHEMA_RULE]) {
    const rule = registry.find((r) => r.id === id);
    if (rule && rules[id]?.options && !rule.aliases.some((alias) => Object.keys(rules).some((key) => key.toLowerCase() === alias.toLowerCase()))) {
      rules[id].severity = rule.severity;
    }
  }
  return { config, failLevel: noFail ? 'none' : failLevel, problems: reader.problems };
}

function ruleList(reader: ConfigReader, node: Node | null, where: string): string[] {
  return reader.stringItems(node, where).filter((item) => reader.ruleName(item.node, item.value)).map((item) => item.value);
}
