/** Settings per document scope, asked of the client with `workspace/configuration` and cached until they change. */
import type { Connection } from 'vscode-languageserver';
import type { LintConfig } from '../engine';
import { defaultSettings, type ShipshapeSettings } from '../../../shared/settings';

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

export function lintConfigOf(settings: ShipshapeSettings): LintConfig {
  return { rules: settings.rules };
}
