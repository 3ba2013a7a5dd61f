/**
 * Push diagnostics: debounced per document, versioned, and dropped when a newer version arrived meanwhile.
 * Clients that pull diagnostics (LSP 3.17) are answered in server.ts and this publisher stays idle.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Runtime } from './server';

const TYPING_DELAY_MS = 100;

export class DiagnosticsPublisher {
  enabled = true;
  private readonly pending = new Map<string, { dispose(): void }>();

  constructor(
    private readonly connection: Connection,
    private readonly runtime: Runtime,
    private readonly compute: (document: TextDocument) => Promise<Diagnostic[]>,
  ) {}

  schedule(document: TextDocument, delay = TYPING_DELAY_MS): void {
    if (!this.enabled) return;
    this.pending.get(document.uri)?.dispose();
    const timer = this.runtime.setTimeout(() => {
      this.pending.delete(document.uri);
      void this.publish(document);
    }, delay);
    this.pending.set(document.uri, timer);
  }

  clear(uri: string): void {
    this.pending.get(uri)?.dispose();
    this.pending.delete(uri);
    if (this.enabled) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(document: TextDocument): Promise<void> {
    const version = document.version;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = await this.compute(document);
    } catch (error) {
      this.connection.console.error(`Shipshape diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    // A newer version is on its way; its own run will publish.
    if (document.version !== version || this.pending.has(document.uri)) return;
    await this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  }
}
