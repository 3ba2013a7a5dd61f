/**
 * Push diagnostics: debounced per document, versioned, and dropped when a newer version arrived meanwhile.
 * Clients that pull diagnostics (LSP 3.17) are answered in server.ts and this publisher stays idle.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Runtime } from './server';

/**
 * Debounce only what is expensive. Analysis is synchronous, so changes that arrive while one runs are coalesced into
 * the next run anyway; a delay only spares the CPU when changes trickle in just after each run. A document whose last
 * analysis took under CHEAP_ANALYSIS_MS is analysed as soon as the queued messages are handled; a slower one waits a
 * quarter of its analysis time (at most MAX_TYPING_DELAY_MS), which coalesces bursts at a bounded cost in latency.
 */
const CHEAP_ANALYSIS_MS = 50;
const MAX_TYPING_DELAY_MS = 100;

export class DiagnosticsPublisher {
  enabled = true;
  private readonly pending = new Map<string, { dispose(): void }>();
  /** How long the last analysis of each document took, in milliseconds. */
  private readonly cost = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly runtime: Runtime,
    private readonly compute: (document: TextDocument) => Promise<Diagnostic[]>,
  ) {}

  schedule(document: TextDocument, delay = this.typingDelay(document.uri)): void {
    if (!this.enabled) return;
    this.pending.get(document.uri)?.dispose();
    const timer = this.runtime.setTimeout(() => {
      this.pending.delete(document.uri);
      void this.publish(document);
    }, delay);
    this.pending.set(document.uri, timer);
  }

  /** The document's last analysis took long enough to be worth not waiting for (see server.ts, hover). */
  isExpensive(uri: string): boolean {
    return (this.cost.get(uri) ?? 0) >= CHEAP_ANALYSIS_MS;
  }

  private typingDelay(uri: string): number {
    const cost = this.cost.get(uri) ?? 0;
    return cost < CHEAP_ANALYSIS_MS ? 0 : Math.min(MAX_TYPING_DELAY_MS, Math.round(cost / 4));
  }

  clear(uri: string): void {
    this.pending.get(uri)?.dispose();
    this.pending.delete(uri);
    this.cost.delete(uri);
    if (this.enabled) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(document: TextDocument): Promise<void> {
    const version = document.version;
    let diagnostics: Diagnostic[];
    const started = performance.now();
    try {
      diagnostics = await this.compute(document);
      this.cost.set(document.uri, performance.now() - started);
    } catch (error) {
      this.connection.console.error(`Shipshape diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    // A newer version is on its way; its own run will publish.
    if (document.version !== version || this.pending.has(document.uri)) return;
    await this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  }
}
