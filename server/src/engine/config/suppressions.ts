/**
 * What the pragmas of a document do to linting: ignore pragmas and `check=skip` silence findings inside their
 * target; a file-level `# check=error=true` makes every BuildKit-aliased rule an error (BuildKit then fails the
 * build on any check); `# check=experimental=…` turns on the off-by-default rules aliased to those BuildKit checks.
 * Names match rule ids and aliases in any casing.
 */
import type { Finding, Severity, SeverityOrOff } from '../model';
import type { ParsedDocument } from '../document';
import type { Pragma, PragmaName } from './pragmas';
import type { LintConfig } from './lint-config';
import { isBuildkitCheck, isDclintRule } from '../knowledge/upstream-rules';

export interface RuleIdentity {
  id: string;
  aliases: readonly string[];
  severity: Severity;
  enabledByDefault?: boolean;
}

export interface ResolvedName extends PragmaName {
  /** The Shipshape rules the name means (by id or alias); empty when it names none. */
  ruleIds: string[];
}

export interface ResolvedPragma extends Pragma {
  names: ResolvedName[];
}

export interface Suppressions {
  readonly pragmas: readonly ResolvedPragma[];
  /** Every rule id and alias there is (for "did you mean"). */
  readonly ruleNames: readonly string[];
  /** The severity a rule runs at in this document, given what the configuration says. */
  severityFor(rule: RuleIdentity, configured: SeverityOrOff): SeverityOrOff;
  suppresses(finding: Finding): boolean;
}

/** `registry` is every rule there is (not just the ones running), so that names resolve the same in every run. */
export function suppressionsOf(document: ParsedDocument, registry: readonly RuleIdentity[], config: LintConfig | undefined): Suppressions {
  const { byName, ruleNames } = namesOf(registry);
  const resolve = (n: PragmaName): ResolvedName => ({ ...n, ruleIds: byName.get(n.name.toLowerCase()) ?? [] });
  const pragmas: ResolvedPragma[] = document.pragmas.pragmas.map((p) => ({ ...p, names: p.names.map(resolve) }));
  const check = document.pragmas.check;
  const experimental = new Set(check?.experimental.map((n) => n.name.toLowerCase()));
  const honoured = config?.disableIgnorePragmas ? [] : pragmas;

  return {
    pragmas,
    ruleNames,
    severityFor(rule, configured) {
      if (!check) return configured;
      const buildkitNames = rule.aliases.filter(isBuildkitCheck).map((a) => a.toLowerCase());
      if (buildkitNames.length === 0) return configured;
      let severity = configured;
      const turnedOn = check.experimentalAll || buildkitNames.some((n) => experimental.has(n));
      if (severity === 'off' && rule.enabledByDefault === false && turnedOn && !mentions(config, rule)) severity = rule.severity;
      return check.error && severity !== 'off' ? 'error' : severity;
    },
    suppresses(finding) {
      if (honoured.length === 0) return false;
      const names = new Set([finding.ruleId, ...finding.aliases].map((n) => n.toLowerCase()));
      const start = finding.span.start;
      return honoured.some(
        (p) =>
          p.target !== undefined &&
          start >= p.target.start &&
          start <= p.target.end &&
          (p.names.some((n) => names.has(n.name.toLowerCase())) || (p.all && finding.aliases.some(p.source === 'dclint' ? isDclintRule : isBuildkitCheck))),
      );
    },
  };
}

/** Rule ids by lower-cased id or alias: built once per registry (lint asks for every document). */
const namesByRegistry = new WeakMap<readonly RuleIdentity[], { byName: Map<string, string[]>; ruleNames: string[] }>();

function namesOf(registry: readonly RuleIdentity[]): { byName: Map<string, string[]>; ruleNames: string[] } {
  let names = namesByRegistry.get(registry);
  if (!names) {
    const byName = new Map<string, string[]>();
    for (const rule of registry) {
      for (const name of [rule.id, ...rule.aliases]) {
        const key = name.toLowerCase();
        byName.set(key, [...(byName.get(key) ?? []), rule.id]);
      }
    }
    names = { byName, ruleNames: registry.flatMap((r) => [r.id, ...r.aliases]) };
    namesByRegistry.set(registry, names);
  }
  return names;
}

function mentions(config: LintConfig | undefined, rule: RuleIdentity): boolean {
  const keys = new Set(Object.keys(config?.rules ?? {}).map((k) => k.toLowerCase()));
  return [rule.id, ...rule.aliases].some((n) => keys.has(n.toLowerCase()));
}
