/** Settings per document scope, asked of the client with `workspace/configuration` and cached until they change. */
import type { Connection } from 'vscode-languageserver';
import type { FormatOptions, InlayHintOptions, LintConfig } from '../engine';
import { defaultSettings, type ShipshapeSettings } from '../../../shared/settings';
import { NO_OTHER_EXTENSIONS, type OtherExtensions } from '../../../shared/protocol';
import { composeRulesToSkip } from './compose-coexistence';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<ShipshapeSettings>>();
  /** Bumped on every change, so cached findings made under older settings are not reused. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly clientCanAnswer: () => boolean,
  ) {}

  get(uri: string): Promise<ShipshapeSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.clientCanAnswer()
        ? this.connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'shipshape' })
            .then((value: Partial<ShipshapeSettings> | null) => ({ ...defaultSettings, ...(value ?? {}) }))
            .catch(() => defaultSettings)
        : Promise.resolve(defaultSettings);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  changed(): void {
    this.cache.clear();
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/** Editor settings as lint config. `shipshape.compose.validate` decides whether the rules other extensions cover run. */
export function lintConfigOf(settings: ShipshapeSettings, others: OtherExtensions = NO_OTHER_EXTENSIONS): LintConfig {
  const skipped = composeRulesToSkip(settings.compose?.validate ?? 'auto', others);
  return { rules: { ...settings.rules, ...Object.fromEntries(skipped.map((id) => [id, 'off' as const])) } };
}

/** The inlay hints the user turned on; a partial or missing section (older clients) turns nothing on. */
export function inlayHintOptionsOf(settings: ShipshapeSettings): InlayHintOptions {
  return { argDefaults: settings.inlayHints?.argDefaults === true };
}

/** Formatting options: the editor's indentation (from the request) and Shipshape's own setting. */
export function formatOptionsOf(settings: ShipshapeSettings, editor: { tabSize: number; insertSpaces: boolean }): FormatOptions {
  return { tabSize: editor.tabSize, insertSpaces: editor.insertSpaces, realignContinuations: settings.format?.realignContinuations === true };
}
