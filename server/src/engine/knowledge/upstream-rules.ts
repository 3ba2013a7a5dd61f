/**
 * The names other tools give their checks. Pragmas and config files may name them even where Shipshape has no
 * such rule yet (a `.hadolint.yaml` written for hadolint, a `# check=skip=` written for BuildKit): such a name
 * is not a typo, it just silences nothing here.
 */

/** BuildKit's build checks (Dockerfile frontend 1.8+), spelled as `# check=skip=` must spell them. */
export const BUILDKIT_CHECKS: readonly string[] = [
  'StageNameCasing',
  'FromAsCasing',
  'NoEmptyContinuation',
  'ConsistentInstructionCasing',
  'DuplicateStageName',
  'ReservedStageName',
  'JSONArgsRecommended',
  'MaintainerDeprecated',
  'UndefinedArgInFrom',
  'WorkdirRelativePath',
  'UndefinedVar',
  'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat',
  'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv',
  'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile',
  'InvalidBaseImagePlatform',
  'ExposeProtoCasing',
  'ExposeInvalidFormat',
  'InvalidDefinitionDescription',
];

const BUILDKIT_BY_LOWER = new Map(BUILDKIT_CHECKS.map((name) => [name.toLowerCase(), name]));

/** The BuildKit check a name means, whatever its casing (BuildKit itself matches exactly). */
export function buildkitCheckNamed(name: string): string | undefined {
  return BUILDKIT_BY_LOWER.get(name.toLowerCase());
}

export function isBuildkitCheck(name: string): boolean {
  return BUILDKIT_BY_LOWER.has(name.toLowerCase());
}

/** hadolint's own codes (`DL3008`) and the ShellCheck codes it passes through (`SC2086`). */
export function isHadolintCode(name: string): boolean {
  return /^(?:DL|SC)\d{4}$/i.test(name);
}

/** dclint's rules (docker-compose-linter 3.x), as its `# dclint disable…` comments and config name them. */
export const DCLINT_RULES: readonly string[] = [
  'no-build-and-image',
  'no-duplicate-container-names',
  'no-duplicate-exported-ports',
  'no-quotes-in-volumes',
  'no-unbound-port-interfaces',
  'no-version-field',
  'require-project-name-field',
  'require-quotes-in-ports',
  'service-container-name-regex',
  'service-dependencies-alphabetical-order',
  'service-image-require-explicit-tag',
  'service-keys-order',
  'service-ports-alphabetical-order',
  'services-alphabetical-order',
  'top-level-properties-order',
];

const DCLINT = new Set(DCLINT_RULES);

export function isDclintRule(name: string): boolean {
  return DCLINT.has(name.toLowerCase());
}

export function isUpstreamRuleName(name: string): boolean {
  return isHadolintCode(name) || isBuildkitCheck(name) || isDclintRule(name);
}
