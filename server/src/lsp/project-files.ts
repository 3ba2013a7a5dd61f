/**
 * What the files around each document say (config files, the build context's `.dockerignore`), asked of the runtime
 * once per document and kept until a watched file changes. Problems in config files are shown to the user once each.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { Language, LintConfig } from '../engine';
import type { Runtime } from './server';

export interface ProjectFiles {
  /** From `.hadolint.yaml` and `.shipshape.yaml`, merged; editor settings go on top. */
  config: LintConfig;
  /** The config files that apply. */
  sources: string[];
  /** Problems in those files, `path:line:column: message`. */
  errors: string[];
  /** The build context's `.dockerignore` (Dockerfiles only): text, `null` when there is none, `undefined` when unknown. */
  dockerignore?: string | null;
  /** Whether paths relative to the document exist (Compose files on disk); absent where files cannot be looked at. */
  pathExists?: (path: string) => boolean | undefined;
}

const NONE: ProjectFiles = { config: {}, sources: [], errors: [] };

export class ProjectFilesStore {
  private readonly cache = new Map<string, Promise<ProjectFiles>>();
  private readonly shown = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly runtime: Runtime,
  ) {}

  get(uri: string, language: Language): Promise<ProjectFiles> {
    let files = this.cache.get(uri);
    if (!files) {
      files = (this.runtime.readProjectFiles?.(uri, language) ?? Promise.resolve(NONE)).catch((error: unknown) => ({
        ...NONE,
        errors: [`cannot read the configuration for ${uri}: ${error instanceof Error ? error.message : String(error)}`],
      }));
      void files.then((f) => this.show(f.errors));
      this.cache.set(uri, files);
    }
    return files;
  }

  /** A config or ignore file changed: read everything again, and show its problems again. */
  clear(): void {
    this.cache.clear();
    this.shown.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private show(errors: readonly string[]): void {
    for (const error of errors) {
      if (this.shown.has(error)) continue;
      this.shown.add(error);
      this.connection.console.warn(`Shipshape configuration: ${error}`);
      // A notification, not `showWarningMessage` (a request that clients without message actions reject).
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Shipshape configuration: ${error}` });
    }
  }
}
