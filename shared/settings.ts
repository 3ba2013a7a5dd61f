/** The `shipshape` settings section, as the client contributes it and the server reads it. */
export type RuleSeverityOrOff = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface ShipshapeSettings {
  enable: boolean;
  /** Rule id or alias → severity, e.g. `{ "DL3008": "off", "shell-form-cmd": "error" }`. */
  rules: Record<string, RuleSeverityOrOff>;
}

export const defaultSettings: ShipshapeSettings = {
  enable: true,
  rules: {},
};

/** Language ids the extension serves; the server maps them to the engine's languages. */
export const DOCKERFILE_LANGUAGE_ID = 'dockerfile';
export const COMPOSE_LANGUAGE_ID = 'dockercompose';
export const SOURCE_NAME = 'shipshape';
export const FIX_ALL_KIND = 'source.fixAll.shipshape';
/** Not under `source.fixAll`, so that fix-on-save never applies a fix that may change behaviour. */
export const APPLY_ALL_FIXES_KIND = 'source.shipshape.applyAllFixes';
