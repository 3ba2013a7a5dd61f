/** The `shipshape` settings section, as the client contributes it and the server reads it. */
export type RuleSeverityOrOff = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface ShipshapeSettings {
  enable: boolean;
  /** Rule id or alias → severity, e.g. `{ "DL3008": "off", "shell-form-cmd": "error" }`. */
  rules: Record<string, RuleSeverityOrOff>;
  compose: ComposeSettings;
  inlayHints: InlayHintSettings;
  format: FormatSettings;
}

/**
 * `validate`: whether Shipshape reports what other Compose-aware extensions already report (YAML syntax, duplicate
 * keys, schema): `on`, `off`, or `auto` (off where an installed extension covers it). `files`: extra glob patterns
 * of Compose files, which the client opens as `dockercompose`.
 */
export interface ComposeSettings {
  validate: 'on' | 'off' | 'auto';
  files: string[];
}

/** Inlay hints, each off until asked for. `argDefaults`: after a `$VAR` in FROM, the default of the global ARG. */
export interface InlayHintSettings {
  argDefaults: boolean;
}

/**
 * `realignContinuations`: the formatter re-indents hand-aligned continuation lines (uneven indentation, or lined up
 * under a word of the instruction's first line) too; by default it leaves them where they are.
 */
export interface FormatSettings {
  realignContinuations: boolean;
}

export const defaultSettings: ShipshapeSettings = {
  enable: true,
  rules: {},
  compose: { validate: 'auto', files: [] },
  inlayHints: { argDefaults: false },
  format: { realignContinuations: false },
};

/** Language ids the extension serves; the server maps them to the engine's languages. */
export const DOCKERFILE_LANGUAGE_ID = 'dockerfile';
export const COMPOSE_LANGUAGE_ID = 'dockercompose';
export const SOURCE_NAME = 'shipshape';
export const FIX_ALL_KIND = 'source.fixAll.shipshape';
/** Not under `source.fixAll`, so that fix-on-save never applies a fix that may change behaviour. */
export const APPLY_ALL_FIXES_KIND = 'source.shipshape.applyAllFixes';
/** Files whose changes re-lint open documents: config files and build-context ignore files. */
export const PROJECT_FILE_GLOBS = ['**/.hadolint.{yaml,yml}', '**/.shipshape.{yaml,yml}', '**/.dockerignore', '**/*.dockerignore'];
