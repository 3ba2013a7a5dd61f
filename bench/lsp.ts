/**
 * Latency through the real protocol: each server is a separate Node process spoken to over stdio by a JSON-RPC
 * client (test/protocol/lsp-client.ts). Times are wall-clock in the client, from sending the notification or
 * request to receiving the answer (or the diagnostics of that version), so serialisation on both sides counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspTestClient, SERVER_PATH, type Diagnostic, type PublishedDiagnostics } from '../test/protocol/lsp-client';
import { LineIndex } from '../server/src/engine';
import { REPO_ROOT } from './inputs';

type Range = Diagnostic['range'];

export interface ServerSpec {
  name: string;
  args: string[];
  /** Publishes `version` with its diagnostics (ours does; rcjsuen's does not, so we wait for the next publication). */
  versioned: boolean;
}

export const OURS: ServerSpec = { name: 'shipshape', args: [SERVER_PATH, '--stdio'], versioned: true };
export const RCJSUEN: ServerSpec = {
  name: 'dockerfile-language-server-nodejs',
  args: [join(REPO_ROOT, 'node_modules', 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver'), '--stdio'],
  versioned: false,
};

export function peerVersion(pkg: string): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

const TIMEOUT_MS = 120_000;

/** An open document on one server, tracking its version and text so edits can be expressed as LSP ranges. */
export class BenchDocument {
  version = 1;
  last: PublishedDiagnostics | undefined;
  private lines: LineIndex;

  constructor(
    readonly session: BenchSession,
    readonly uri: string,
    public text: string,
  ) {
    this.lines = new LineIndex(text);
  }

  position(offset: number) {
    return this.lines.positionAt(offset);
  }

  /** Applies an incremental change and resolves with the milliseconds until its diagnostics arrived. */
  async edit(start: number, end: number, insert: string): Promise<number> {
    const range: Range = { start: this.position(start), end: this.position(end) };
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    this.lines = new LineIndex(this.text);
    const version = ++this.version;
    return this.session.timeUntilDiagnostics(this, version, () => this.session.client.change(this.uri, version, [{ range, text: insert }]));
  }

  /** Sends changes back to back without waiting; resolves with the milliseconds until the last version's diagnostics. */
  async burst(changes: { start: number; end: number; insert: string }[]): Promise<number> {
    const started = performance.now();
    let pending: Promise<number> | undefined;
    let count = 0;
    for (const change of changes) {
      const range: Range = { start: this.position(change.start), end: this.position(change.end) };
      this.text = this.text.slice(0, change.start) + change.insert + this.text.slice(change.end);
      this.lines = new LineIndex(this.text);
      const version = ++this.version;
      const send = () => this.session.client.change(this.uri, version, [{ range, text: change.insert }]);
      // Versioned servers: wait for the last version. Others publish once per change: wait for as many publications.
      if (++count === changes.length) pending = this.session.timeUntilDiagnostics(this, version, send, this.session.spec.versioned ? 1 : changes.length);
      else void send();
    }
    await pending;
    return performance.now() - started;
  }

  async hover(offset: number): Promise<number> {
    const started = performance.now();
    await this.session.client.request('textDocument/hover', { textDocument: { uri: this.uri }, position: this.position(offset) });
    return performance.now() - started;
  }

  /**
   * Code actions as the light bulb asks for them when the cursor rests on the first published diagnostic (or the
   * first line): that range, the diagnostics in it, no `only`.
   */
  async lightBulb(): Promise<{ ms: number; actions: { kind?: string; edit?: unknown; data?: unknown }[] }> {
    const first = this.last?.diagnostics[0];
    const range: Range = first?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const started = performance.now();
    const actions = await this.session.client.request<{ kind?: string; edit?: unknown; data?: unknown }[] | null>('textDocument/codeAction', {
      textDocument: { uri: this.uri },
      range,
      context: { diagnostics: first ? [first] : [], triggerKind: 2 },
    });
    return { ms: performance.now() - started, actions: actions ?? [] };
  }

  /** Milliseconds to resolve a code action's edit (`codeAction/resolve`). */
  async resolve(action: unknown): Promise<number> {
    const started = performance.now();
    await this.session.client.request('codeAction/resolve', action);
    return performance.now() - started;
  }

  close(): Promise<void> {
    return this.session.client.close(this.uri);
  }
}

export class BenchSession {
  private constructor(
    readonly spec: ServerSpec,
    readonly client: LspTestClient,
  ) {}

  /** The client announces what VS Code does that matters here: versioned diagnostics, lazily resolved code action edits. */
  static async start(spec: ServerSpec): Promise<BenchSession> {
    return new BenchSession(spec, await LspTestClient.start({ serverArgs: spec.args, resolveCodeActionEdits: true }));
  }

  /** Opens a document and resolves with it and the milliseconds until its first diagnostics arrived. */
  async open(uri: string, text: string, languageId = 'dockerfile'): Promise<{ document: BenchDocument; ms: number }> {
    const document = new BenchDocument(this, uri, text);
    const ms = await this.timeUntilDiagnostics(document, 1, () => this.client.open(uri, text, languageId, 1));
    return { document, ms };
  }

  async timeUntilDiagnostics(document: BenchDocument, version: number, send: () => Promise<void>, publications = 1): Promise<number> {
    let seen = 0;
    const match = (p: PublishedDiagnostics) => (this.spec.versioned ? p.version === version : ++seen === publications);
    const arrived = this.client.nextDiagnostics(document.uri, match, TIMEOUT_MS);
    const started = performance.now();
    await send();
    document.last = await arrived;
    return performance.now() - started;
  }

  /** Resident memory of the server process, from /proc (Linux). */
  rss(): number {
    const status = readFileSync(`/proc/${this.client.pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return kb ? Number(kb[1]) * 1024 : NaN;
  }

  stop(): Promise<void> {
    return this.client.stop();
  }
}

/** Spawn → initialize answered, in milliseconds. */
export async function startupTime(spec: ServerSpec): Promise<number> {
  const started = performance.now();
  const session = await BenchSession.start(spec);
  const elapsed = performance.now() - started;
  await session.stop();
  return elapsed;
}
