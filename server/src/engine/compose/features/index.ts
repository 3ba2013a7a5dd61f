/** Compose's editor features, in the shape every language provides (see ../../features/types.ts). */
import type { LanguageFeatures } from '../../features/types';
import { composeCompletion } from './completion';
import { composeDefinition, composeReferences } from './navigation';
import { composeSymbols, composeWorkspaceSymbols } from './symbols';
import { composeLinks } from './links';
import { composeHighlights, composePrepareRename, composeRename } from './rename';
import { composeFolding } from './folding';
import { buildTargetDefinition, stageReferences } from './build-target';

export const composeFeatures: LanguageFeatures = {
  completion: (document, offset, facts) => composeCompletion(document, offset, facts),
  definition: (document, offset, facts) => {
    if (!document.compose) return [];
    const stage = buildTargetDefinition(document.compose, offset, facts);
    return stage.length ? stage : composeDefinition(document.compose, offset);
  },
  references: (document, offset, includeDeclaration) => (document.compose ? composeReferences(document.compose, offset, includeDeclaration) : []),
  symbols: (document) => (document.compose ? composeSymbols(document.compose) : []),
  workspaceSymbols: (document) => (document.compose ? composeWorkspaceSymbols(document.compose) : []),
  links: (document) => (document.compose ? composeLinks(document.compose) : []),
  highlights: (document, offset) => (document.compose ? composeHighlights(document.compose, offset) : []),
  prepareRename: (document, offset) => (document.compose ? composePrepareRename(document.compose, offset) : undefined),
  rename: (document, offset, newName) => (document.compose ? composeRename(document.compose, offset, newName) : undefined),
  folding: (document) => (document.compose ? composeFolding(document.compose) : []),
  stageReferences: (document) => (document.compose ? stageReferences(document.compose) : []),
};
