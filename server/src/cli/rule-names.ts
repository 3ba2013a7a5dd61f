/** Rule names on the command line: our ids and aliases, in any casing, like config files and pragmas. */
import { rules, type Rule } from '../engine';
import { isUpstreamRuleName } from '../engine/knowledge/upstream-rules';
import { closestMatch } from '../engine/text/suggest';
import { UsageError } from './usage-error';

const NAMES = rules.flatMap((rule) => [rule.id, ...rule.aliases]);

/** The rules a name means (an alias may stand for several of ours, `DL3049`…`DL3058` for one). */
export function rulesNamed(name: string): Rule[] {
  const lower = name.toLowerCase();
  return rules.filter((rule) => rule.id.toLowerCase() === lower || rule.aliases.some((a) => a.toLowerCase() === lower));
}

/**
 * Returns the name when it is a rule id or alias. A hadolint or BuildKit code we have no rule for (`DL3005`) is
 * accepted too, so a pipeline's `--ignore DL3005` keeps working after the switch; it just silences nothing.
 */
export function checkRuleName(name: string, flag: string): string {
  if (rulesNamed(name).length > 0 || isUpstreamRuleName(name)) return name;
  throw new UsageError(unknownRuleMessage(name, flag));
}

export function unknownRuleMessage(name: string, where: string): string {
  const suggestion = closestMatch(name, NAMES);
  return `${where}: unknown rule "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; "shipshape --list-rules" lists them`;
}
