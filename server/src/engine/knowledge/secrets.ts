/** What looks like a secret: variable names that announce one, and values in the formats of well-known credentials. */

/** Words that make a variable name announce a secret (`DB_PASSWORD`, `githubToken`, `API-KEY`). */
const SECRET_WORDS = new Set(['secret', 'secrets', 'password', 'passwd', 'pword', 'token', 'apikey', 'auth', 'credential', 'credentials', 'key', 'privatekey']);

/** Words that make the name a public or harmless companion of a secret rather than the secret itself. */
const HARMLESS_WORDS = new Set(['public', 'pub', 'gpg', 'pgp', 'keyring', 'keyserver', 'fingerprint', 'ide', 'idekey']);

/** A last word saying the variable holds where or how to find a secret, not the secret (`POSTGRES_PASSWORD_FILE`). */
const REFERENCE_SUFFIXES = new Set([
  'file', 'filename', 'path', 'dir', 'directory', 'url', 'uri', 'endpoint', 'host', 'port', 'name', 'id', 'enabled',
  'type', 'length', 'size', 'ttl', 'expiry', 'timeout', 'header', 'format', 'algorithm', 'mode', 'method', 'version', 'provider', 'config',
  'realm', 'role', 'roles', 'scope', 'scopes', 'issuer', 'audience',
]);

/** Values that are flags, placeholders or file locations (absolute, `./…`, or relative with an extension), not secrets. */
const HARMLESS_VALUE = /^(|true|false|yes|no|on|off|0|1|none|null|disabled|enabled|changeme|(\/|~\/|\.{1,2}\/|[A-Za-z]:[\\/])\S*|[\w-]+(\/[\w.-]+)+\.[a-z0-9]{2,5})$/i;

/** What an `AUTH` variable holds when it names a mechanism rather than a credential (`REGISTRY_AUTH=htpasswd`). */
const AUTH_MECHANISM = /^[a-z][a-z0-9_-]{0,15}$/;

/** `AWS_SECRET_ACCESS_KEY` → [aws, secret, access, key]; `githubToken` → [github, token]. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A secret word among a name's words is also in the name itself (case aside): a name without any is settled by one
 * search instead of splitting it into words (an ENV of thousands of names stays fast).
 */
const MAY_HOLD_SECRET_WORD = new RegExp([...SECRET_WORDS].join('|'), 'i');

/** Whether a variable name says it holds a secret. `value` is its literal value, if known. */
export function isSecretName(name: string, value: string | null): boolean {
  if (!MAY_HOLD_SECRET_WORD.test(name)) return false;
  const words = wordsOf(name);
  if (!words.some((w) => SECRET_WORDS.has(w))) return false;
  if (words.some((w) => HARMLESS_WORDS.has(w))) return false;
  if (REFERENCE_SUFFIXES.has(words[words.length - 1])) return false;
  if (value !== null && AUTH_MECHANISM.test(value.trim()) && words.every((w) => w === 'auth' || !SECRET_WORDS.has(w))) return false;
  return value === null || !HARMLESS_VALUE.test(value.trim());
}

const SECRET_VALUES: { kind: string; pattern: RegExp }[] = [
  { kind: 'private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { kind: 'AWS access key', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'GitHub token', pattern: /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/ },
  { kind: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/ },
  { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: 'Stripe key', pattern: /\b[sr]k_live_[A-Za-z0-9]{16,}/ },
  { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'OpenAI key', pattern: /\bsk-(proj-)?[A-Za-z0-9_-]{32,}/ },
  // A URL with a literal password (`postgres://app:s3cret@db/app`); `$VAR` passwords are the name check's business.
  { kind: 'URL with a password', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@$]+@/i },
];

/** The kind of credential a literal value looks like, if any. */
export function secretKindOfValue(value: string): string | undefined {
  return SECRET_VALUES.find((s) => s.pattern.test(value))?.kind;
}

/** File names that hold credentials, by what they are. Templates (`.env.example`) and public halves (`id_rsa.pub`) are not. */
const SECRET_FILES: { kind: string; pattern: RegExp }[] = [
  { kind: 'an environment file', pattern: /^(\.env(\.(?!example$|sample$|template$|dist$|defaults?$|schema$)[\w.-]+)?|[\w.-]+\.env)$/i },
  { kind: 'an SSH private key', pattern: /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/ },
  { kind: 'an SSH directory', pattern: /^\.ssh$/ },
  { kind: 'a GnuPG directory', pattern: /^\.gnupg$/ },
  { kind: 'a registry or package-manager credential file', pattern: /^(\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.dockercfg|\.gem-credentials)$/ },
  { kind: 'a cloud credentials file', pattern: /^(credentials(\.(json|ya?ml|csv|ini))?|\.aws|kubeconfig|\.kube|application_default_credentials\.json|service[-_]account([-_][\w-]+)?\.json)$/i },
  { kind: 'a private key or keystore', pattern: /\.(key|p12|pfx|jks|keystore)$/i },
  { kind: 'a PEM file', pattern: /\.pem$/i },
];

/** Public material that shares a secret's extension: certificates, CA bundles, signing keys for package repositories. */
const PUBLIC_MATERIAL = /(^|[-_.])(cert|certs|certificate|ca|cacert|chain|fullchain|bundle|pub|public|root|gpg|pgp|asc|archive-keyring|release)([-_.]|$)/i;

/**
 * What kind of secret a copied path looks like, from its last component; undefined for anything else. `dest` helps
 * tell public keys apart: anything going to the CA or APT key directories is public.
 */
export function secretFileKind(path: string, dest = ''): string | undefined {
  const base = path.replace(/\/+$/, '').replace(/^.*\//, '');
  const found = SECRET_FILES.find((f) => f.pattern.test(base));
  if (!found) return undefined;
  if (/\.(key|pem)$/i.test(base) && (PUBLIC_MATERIAL.test(base) || /ca-certificates|\/ssl\/certs|\/apt\/|keyrings|\/pki\//.test(dest))) return undefined;
  return found.kind;
}
