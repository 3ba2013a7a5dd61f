/**
 * Every rule code hadolint has had, for the migration guide and its test. The codes our rules carry as aliases are
 * mapped by the registry; the others are listed here with what hadolint checked (in our words) and why Shipshape
 * has no rule of that code.
 */

export const HADOLINT_CODES: readonly string[] = [
  'DL1000',
  'DL1001',
  ...Array.from({ length: 78 }, (_, i) => `DL${3000 + i}`), // DL3000 … DL3077
  'DL4000',
  'DL4001',
  'DL4003',
  'DL4004',
  'DL4005',
  'DL4006',
  'DL4007',
];

export interface UnmappedCode {
  /** What hadolint flags under this code. */
  checks: string;
  /** A Shipshape rule that covers the same ground, though not under this code. */
  coveredBy?: string;
  /** Why there is no rule of this code (or how the covering rule differs). */
  why: string;
}

const CACHE_MOUNT = 'Shipshape has one rule for every tool instead of one code per tool; it is off by default, like these are informational in hadolint.';

export const UNMAPPED_HADOLINT_CODES: Readonly<Record<string, UnmappedCode>> = {
  DL1000: {
    checks: 'The Dockerfile does not parse.',
    coveredBy: 'dockerfile-syntax-error',
    why: 'Shipshape keeps linting after a syntax error and names the token at fault.',
  },
  DL3005: {
    checks: '`apt-get dist-upgrade` in RUN (hadolint narrowed it from `upgrade` in 2021: upgrading brings security fixes).',
    why: 'No Shipshape rule yet; `zypper-dist-upgrade` is the zypper counterpart (DL3035).',
  },
  DL3017: {
    checks: '`apk upgrade` in RUN.',
    why: 'hadolint removed it in 2021: upgrading the base image\'s packages is how security fixes reach an image between base image releases.',
  },
  DL3031: {
    checks: '`yum update` / `upgrade` in RUN.',
    why: 'Removed by hadolint for the same reason as DL3017.',
  },
  DL3039: {
    checks: '`dnf upgrade` in RUN.',
    why: 'Removed by hadolint for the same reason as DL3017.',
  },
  DL3063: {
    checks: 'No USER instruction at all (off by default in hadolint).',
    coveredBy: 'root-final-stage',
    why: '`root-final-stage` flags a final stage that runs as root, whether USER is missing or names root, and knows base images that already switch to a non-root user.',
  },
  DL3068: { checks: '`npm install`/`ci` without a BuildKit cache mount.', coveredBy: 'missing-cache-mount', why: CACHE_MOUNT },
  DL3069: { checks: 'cargo builds without BuildKit cache mounts.', coveredBy: 'missing-cache-mount', why: CACHE_MOUNT },
  DL3070: { checks: 'Go builds without BuildKit cache mounts.', coveredBy: 'missing-cache-mount', why: CACHE_MOUNT },
  DL3071: { checks: 'Maven builds without a BuildKit cache mount.', coveredBy: 'missing-cache-mount', why: CACHE_MOUNT },
  DL3072: { checks: 'Gradle builds without a BuildKit cache mount.', coveredBy: 'missing-cache-mount', why: CACHE_MOUNT },
  DL3073: {
    checks: 'Composer installs without a BuildKit cache mount.',
    why: '`missing-cache-mount` does not know Composer yet.',
  },
  DL3074: {
    checks: '`dotnet restore` / `nuget restore` without a BuildKit cache mount.',
    why: '`missing-cache-mount` does not know NuGet yet.',
  },
  DL3075: { checks: 'pnpm installs without a BuildKit cache mount.', coveredBy: 'missing-cache-mount', why: CACHE_MOUNT },
  DL3076: {
    checks: 'Elixir `mix deps.get` without BuildKit cache mounts.',
    why: '`missing-cache-mount` does not know Mix yet.',
  },
  DL3077: {
    checks: '`gem install` / `bundle install` without a BuildKit cache mount.',
    why: '`missing-cache-mount` does not know RubyGems yet.',
  },
  DL4007: {
    checks: 'Every `COPY .` (the whole build context).',
    coveredBy: 'missing-dockerignore',
    why: 'Copying the context is how most images are built; Shipshape flags it where it hurts: with no `.dockerignore` to keep secrets and `.git` out (`missing-dockerignore`), and before the dependency install, where it breaks the layer cache (`install-after-copy-all`).',
  },
};
