/** Dockerfile editor features, in the shape every language provides (see ../types.ts). */
import type { LanguageFeatures } from '../types';
import { dockerfileDefinition, dockerfileHighlights, dockerfilePrepareRename, dockerfileReferences, dockerfileRename, dockerfileStageAt } from './navigation';
import { dockerfileSymbols, dockerfileWorkspaceSymbols } from './symbols';
import { dockerfileFolding } from './folding';
import { dockerfileLinks } from './links';
import { dockerfileCompletion } from './completion';
import { dockerfileSignatureHelp } from './signature-help';
import { dockerfileSemanticTokens } from './semantic-tokens';
import { dockerfileInlayHints } from './inlay-hints';

export const dockerfileFeatures: LanguageFeatures = {
  definition: (document, offset) => (document.dockerfile ? dockerfileDefinition(document.dockerfile, offset) : []),
  references: (document, offset, includeDeclaration) => (document.dockerfile ? dockerfileReferences(document.dockerfile, offset, includeDeclaration) : []),
  highlights: (document, offset) => (document.dockerfile ? dockerfileHighlights(document.dockerfile, offset) : []),
  prepareRename: (document, offset) => (document.dockerfile ? dockerfilePrepareRename(document.dockerfile, offset) : undefined),
  rename: (document, offset, newName) => (document.dockerfile ? dockerfileRename(document.dockerfile, offset, newName) : undefined),
  symbols: (document) => (document.dockerfile ? dockerfileSymbols(document.dockerfile) : []),
  workspaceSymbols: (document) => (document.dockerfile ? dockerfileWorkspaceSymbols(document.dockerfile) : []),
  folding: (document) => (document.dockerfile ? dockerfileFolding(document.dockerfile) : []),
  links: (document, facts) => (document.dockerfile ? dockerfileLinks(document.dockerfile, facts) : []),
  stageAt: (document, offset) => (document.dockerfile ? dockerfileStageAt(document.dockerfile, offset) : undefined),
  completion: (document, offset) => dockerfileCompletion(document, offset),
  signatureHelp: (document, offset) => dockerfileSignatureHelp(document, offset),
  semanticTokens: (document) => dockerfileSemanticTokens(document),
  inlayHints: (document, options) => dockerfileInlayHints(document, options),
};
