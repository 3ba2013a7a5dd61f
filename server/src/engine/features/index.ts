/** The editor features of each language. A language without an entry (or a member) simply offers nothing there. */
import type { Language } from '../model';
import type { LanguageFeatures } from './types';
import { composeFeatures } from '../compose/features';
import { dockerfileFeatures } from './dockerfile';

export type {
  CompletionEntry,
  ExternalLocation,
  FeatureFacts,
  FoldingEntry,
  HighlightEntry,
  LanguageFeatures,
  LinkEntry,
  PrepareRenameResult,
  RenameResult,
  StageReference,
  SymbolEntry,
  SymbolKind,
} from './types';
export {
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  type InlayHintEntry,
  type InlayHintOptions,
  type SemanticToken,
  type Signature,
  type SignatureHelpResult,
} from './assist-types';

export const languageFeatures: Partial<Record<Language, LanguageFeatures>> = {
  compose: composeFeatures,
  dockerfile: dockerfileFeatures,
};
