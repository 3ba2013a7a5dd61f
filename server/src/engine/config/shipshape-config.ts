/**
 * `.shipshape.yaml` / `.shipshape.yml`: our own configuration, deliberately small (schema:
 * `schemas/shipshape.schema.json`, which editors use for completion).
 *
 * ```yaml
 * rules:
 *   DL3008: off                      # a rule id or any alias; error | warning | info | hint | off
 *   shell-form-cmd: error
 *   untrusted-base-image-registry:
 *     severity: warning
 *     options: { trustedRegistries: [docker.io, ghcr.io] }
 * ```
 */
import { isMap, type Node } from 'yaml';
import type { SeverityOrOff } from '../model';
import type { RuleSetting } from './lint-config';
import { ConfigReader } from './config-yaml';
import type { ParsedConfigFile } from './hadolint-config';

const SEVERITIES: readonly SeverityOrOff[] = ['error', 'warning', 'info', 'hint', 'off'];

export function parseShipshapeConfig(text: string): ParsedConfigFile {
  const reader = new ConfigReader(text);
  const rules: Record<string, SeverityOrOff | RuleSetting> = {};
  for (const { key, keyNode, value } of reader.root ? reader.entries(reader.root) : []) {
    if (key !== 'rules') {
      reader.problem(keyNode, `unknown key "${key}" (expected "rules")`);
      continue;
    }
    const map = reader.map(value, 'rules');
    for (const rule of map ? reader.entries(map) : []) {
      if (!reader.ruleName(rule.keyNode, rule.key)) continue;
      const setting = ruleSetting(reader, rule.value, `rules.${rule.key}`);
      if (setting !== undefined) rules[rule.key] = setting;
    }
  }
  return { config: { rules }, problems: reader.problems };
}

function ruleSetting(reader: ConfigReader, node: Node | null, where: string): SeverityOrOff | RuleSetting | undefined {
  if (!isMap(node)) return reader.oneOf(node, where, SEVERITIES);
  const setting: RuleSetting = {};
  for (const { key, keyNode, value } of reader.entries(node)) {
    if (key === 'severity') setting.severity = reader.oneOf(value, `${where}.severity`, SEVERITIES);
    else if (key === 'options') {
      const options = reader.map(value, `${where}.options`);
      if (options) setting.options = options.toJSON() as Record<string, unknown>;
    } else reader.problem(keyNode, `${where}: unknown key "${key}" (expected severity, options)`);
  }
  return setting;
}
