/**
 * Never report twice what another installed extension already reports on Compose files.
 * - YAML syntax errors and duplicate keys: Red Hat YAML, Docker DX and Microsoft Container Tools all report them.
 * - Schema problems: Red Hat YAML validates Compose files against the Compose schema from the JSON Schema Store.
 * Compose-specific rules (merge keys, alias bombs, references, security, hygiene) always run: nobody else has them.
 */
import type { ComposeSettings } from '../../../shared/settings';
import type { OtherExtensions } from '../../../shared/protocol';

const SYNTAX_RULES = ['compose-yaml-syntax', 'duplicate-compose-key'];
const SCHEMA_RULES = ['compose-schema'];

/** Rules to turn off for the given `shipshape.compose.validate` and installed extensions. */
export function composeRulesToSkip(validate: ComposeSettings['validate'], others: OtherExtensions): string[] {
  if (validate === 'on') return [];
  if (validate === 'off') return [...SYNTAX_RULES, ...SCHEMA_RULES];
  const skip: string[] = [];
  if (others.redHatYaml || others.dockerDx || others.containerTools) skip.push(...SYNTAX_RULES);
  if (others.redHatYaml) skip.push(...SCHEMA_RULES);
  return skip;
}
