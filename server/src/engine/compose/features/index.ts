/** Compose's editor features, in the shape every language provides (see ../../features/types.ts). */
import type { LanguageFeatures } from '../../features/types';
import { composeCompletion } from './completion';
import { composeDefinition, composeReferences } from './navigation';
import { composeSymbols } from './symbols';
import { composeLinks } from './links';

export const composeFeatures: LanguageFeatures = {
  completion: (document, offset) => composeCompletion(document, offset),
  definition: (document, offset) => (document.compose ? composeDefinition(document.compose, offset) : []),
  references: (document, offset, includeDeclaration) => (document.compose ? composeReferences(document.compose, offset, includeDeclaration) : []),
  symbols: (document) => (document.compose ? composeSymbols(document.compose) : []),
  links: (document) => (document.compose ? composeLinks(document.compose) : []),
};
