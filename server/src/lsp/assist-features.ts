/**
 * Signature help, semantic tokens (full and range) and inlay hints: like ./features.ts, each request takes the
 * document's cached parse and asks its language's engine features; a language without the member answers nothing.
 */
import { MarkupKind, type Connection, type InlayHint, type ServerCapabilities, type SignatureHelp, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, languageFeatures, type LanguageFeatures, type LineIndex, type ParsedDocument, type SemanticToken, type SignatureHelpResult } from '../engine';
import type { ShipshapeSettings } from '../../../shared/settings';
import { inlayHintOptionsOf } from './settings';

export const assistCapabilities: Partial<ServerCapabilities> = {
  // A space moves to the next argument; `,` to the next `--mount` option.
  signatureHelpProvider: { triggerCharacters: [' '], retriggerCharacters: [',', '='] },
  semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] }, full: true, range: true },
  inlayHintProvider: { resolveProvider: false },
};

type Parse = (document: TextDocument) => Promise<ParsedDocument | undefined>;
type Safe = <T>(what: string, work: () => Promise<T>) => Promise<T | null>;

export interface AssistOptions {
  settingsOf(uri: string): Promise<ShipshapeSettings>;
  /** The client announced `workspace.inlayHint.refreshSupport`. */
  canRefreshInlayHints(): boolean;
}

export function registerAssistFeatures(connection: Connection, documents: TextDocuments<TextDocument>, parse: Parse, runSafe: Safe, options: AssistOptions): { settingsChanged(): void } {
  const target = async (uri: string): Promise<{ parsed: ParsedDocument; features: LanguageFeatures } | undefined> => {
    const document = documents.get(uri);
    const parsed = document && (await parse(document));
    const features = parsed && languageFeatures[parsed.language];
    return parsed && features ? { parsed, features } : undefined;
  };

  connection.onSignatureHelp(async (params) =>
    runSafe('signature help', async () => {
      const t = await target(params.textDocument.uri);
      const help = t?.features.signatureHelp?.(t.parsed, t.parsed.lines.offsetAt(params.position));
      return help ? toSignatureHelp(help) : null;
    }),
  );

  connection.languages.semanticTokens.on(async (params) =>
    (await runSafe('semantic tokens', async () => {
      const t = await target(params.textDocument.uri);
      return { data: t?.features.semanticTokens ? encodeTokens(t.parsed.lines, t.features.semanticTokens(t.parsed)) : [] };
    })) ?? { data: [] },
  );

  connection.languages.semanticTokens.onRange(async (params) =>
    (await runSafe('semantic tokens', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.semanticTokens) return { data: [] };
      const start = t.parsed.lines.offsetAt(params.range.start);
      const end = t.parsed.lines.offsetAt(params.range.end);
      const tokens = t.features.semanticTokens(t.parsed).filter((token) => token.span.end > start && token.span.start < end);
      return { data: encodeTokens(t.parsed.lines, tokens) };
    })) ?? { data: [] },
  );

  connection.languages.inlayHint.on(async (params) =>
    runSafe('inlay hints', async () => {
      const t = await target(params.textDocument.uri);
      if (!t?.features.inlayHints) return [];
      const hintOptions = inlayHintOptionsOf(await options.settingsOf(params.textDocument.uri));
      const start = t.parsed.lines.offsetAt(params.range.start);
      const end = t.parsed.lines.offsetAt(params.range.end);
      return t.features
        .inlayHints(t.parsed, hintOptions)
        .filter((hint) => hint.offset >= start && hint.offset <= end)
        .map((hint): InlayHint => ({ position: t.parsed.lines.positionAt(hint.offset), label: hint.label, paddingLeft: true, tooltip: { kind: MarkupKind.Markdown, value: hint.tooltip } }));
    }),
  );

  return {
    // Turning a hint on or off shows at once, not at the next edit.
    settingsChanged: () => {
      if (options.canRefreshInlayHints()) void connection.languages.inlayHint.refresh().catch(() => undefined);
    },
  };
}

function toSignatureHelp(help: SignatureHelpResult): SignatureHelp {
  const active = help.signatures[help.activeSignature];
  return {
    signatures: help.signatures.map((s) => ({
      label: s.label,
      documentation: s.documentation ? { kind: MarkupKind.Markdown, value: s.documentation } : undefined,
      parameters: s.parameters.map((p) => ({ label: p.label, documentation: p.documentation ? { kind: MarkupKind.Markdown, value: p.documentation } : undefined })),
    })),
    activeSignature: help.activeSignature,
    // Out of range marks no parameter (an omitted value would mark the first one).
    activeParameter: help.activeParameter ?? active.parameters.length,
  };
}

/** LSP's relative encoding: line delta, start delta (on the same line), length, type index, modifier bits. */
function encodeTokens(lines: LineIndex, tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const at = lines.positionAt(token.span.start);
    data.push(
      at.line - line,
      at.line === line ? at.character - character : at.character,
      token.span.end - token.span.start,
      SEMANTIC_TOKEN_TYPES.indexOf(token.type),
      token.modifiers.reduce((bits, m) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m)), 0),
    );
    line = at.line;
    character = at.character;
  }
  return data;
}
