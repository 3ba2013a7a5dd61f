/**
 * The editing-assist features' results in editor terms (offsets, labels), for every language: signature help,
 * semantic tokens and inlay hints. The LSP adapter converts them.
 */
import type { Span } from '../model';

export interface SignatureParameter {
  /** Offsets of the parameter in the signature's label. */
  label: [number, number];
  documentation?: string;
}

export interface Signature {
  label: string;
  documentation?: string;
  parameters: SignatureParameter[];
}

export interface SignatureHelpResult {
  signatures: Signature[];
  activeSignature: number;
  /** Undefined when the cursor is on nothing the signature names. */
  activeParameter: number | undefined;
}

/** The semantic token legend: the LSP adapter declares it, and token types index into it. */
export const SEMANTIC_TOKEN_TYPES = ['keyword', 'parameter', 'variable', 'namespace', 'string', 'comment', 'macro', 'property'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/** Tokens a language returns are sorted, never overlap, never span lines and are never empty. */
export interface SemanticToken {
  span: Span;
  type: SemanticTokenType;
  modifiers: SemanticTokenModifier[];
}

export interface InlayHintEntry {
  /** Where the hint is shown. */
  offset: number;
  label: string;
  tooltip: string;
}

/** Which optional inlay hints the user turned on. */
export interface InlayHintOptions {
  argDefaults: boolean;
}
