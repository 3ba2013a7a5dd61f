/**
 * A real JSON-RPC client for protocol tests: spawns the bundled `dist/server.js --stdio` and speaks LSP to it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER_PATH = join(__dirname, '..', '..', 'dist', 'server.js');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  data?: { aliases: string[] };
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface ClientOptions {
  /** Announce LSP 3.17 pull diagnostics. */
  pull?: boolean;
  /** What `workspace/configuration` answers for the `shipshape` section. */
  settings?: Record<string, unknown>;
  /** Arguments for `node` that start the server; defaults to the bundled server over stdio (the bench starts peers). */
  serverArgs?: string[];
  /** `initializationOptions` of the `initialize` request. */
  initializationOptions?: unknown;
  /** The client resolves a code action's `edit` lazily (`codeAction/resolve`), as VS Code does. */
  resolveCodeActionEdits?: boolean;
}

export class LspTestClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly published: PublishedDiagnostics[] = [];
  private readonly waiters: { match: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  settings: Record<string, unknown>;
  stderr = '';
  /** What the server registered dynamically (`client/registerCapability`). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** `window/showMessage` texts. */
  readonly shownMessages: string[] = [];

  private constructor(options: ClientOptions) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, options.serverArgs ?? [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (d) => (this.stderr += d));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.match(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => this.shownMessages.push(params.message));
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  static async start(options: ClientOptions = {}): Promise<LspTestClient> {
    const client = new LspTestClient(options);
    const result = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            ...(options.resolveCodeActionEdits ? { resolveSupport: { properties: ['edit'] }, dataSupport: true } : {}),
          },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    client.capabilities = (result as { capabilities: Record<string, unknown> }).capabilities;
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  capabilities: Record<string, unknown> = {};

  /** The server's process id (the bench reads its memory from /proc). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  open(uri: string, text: string, languageId = 'dockerfile', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: { range?: Diagnostic['range']; text: string }[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first publication for `uri` (at `version`, if given), including one already received. */
  diagnostics(uri: string, version?: number, timeoutMs = 5000): Promise<PublishedDiagnostics> {
    const match = (p: PublishedDiagnostics) => p.uri === uri && (version === undefined || p.version === version);
    const seen = this.published.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}@${version} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Waits for the next publication for `uri` that satisfies `match`. */
  nextDiagnostics(uri: string, match: (p: PublishedDiagnostics) => boolean, timeoutMs = 5000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match: (p) => p.uri === uri && match(p), resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyTextEdits(text: string, edits: { range: Diagnostic['range']; newText: string }[]): string {
  const offsetAt = (pos: { line: number; character: number }) => {
    const lines = text.split(/(?<=\n)/);
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += lines[i].length;
    return offset + pos.character;
  };
  const sorted = edits.map((e) => ({ start: offsetAt(e.range.start), end: offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
