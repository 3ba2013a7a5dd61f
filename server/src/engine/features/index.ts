/** The editor features of each language. A language without an entry (or a member) simply offers nothing there. */
import type { Language } from '../model';
import type { LanguageFeatures } from './types';
import { composeFeatures } from '../compose/features';

export type { CompletionEntry, LanguageFeatures, LinkEntry, SymbolEntry, SymbolKind } from './types';

export const languageFeatures: Partial<Record<Language, LanguageFeatures>> = {
  compose: composeFeatures,
};
