/**
 * Dockerfile stages ↔ Compose `build.target` across documents: renaming a stage also renames the targets naming it,
 * renaming a target renames the stage and its uses in the Dockerfile, and a stage's references include the targets.
 * Targets are looked for in open Compose documents only (the workspace is not scanned).
 */
import type { Location, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageFeatures, parseDocument, type FeatureFacts, type ParsedDocument, type Span, type StageReference } from '../engine';
import { toRange } from './convert';
import { resolveUri } from './features';

type Parse = (document: TextDocument) => Promise<ParsedDocument | undefined>;
type Facts = (document: TextDocument) => Promise<FeatureFacts>;

const contains = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

export class CrossFileStages {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly parse: Parse,
    private readonly facts: Facts,
  ) {}

  /** The `build.target`s in open Compose documents naming `stage` (lower case) of the Dockerfile at `dockerfileUri`. */
  async targets(dockerfileUri: string, stage: string): Promise<Location[]> {
    const found: Location[] = [];
    for (const document of this.documents.all()) {
      const parsed = await this.parse(document);
      for (const ref of (parsed && languageFeatures[parsed.language]?.stageReferences?.(parsed)) || []) {
        if (ref.stage.toLowerCase() === stage && sameUri(resolveUri(document.uri, ref.dockerfile), dockerfileUri)) {
          found.push({ uri: document.uri, range: toRange(parsed!.lines, ref.span) });
        }
      }
    }
    return found;
  }

  /** The `build.target` at an offset of a Compose document. */
  targetAt(parsed: ParsedDocument, offset: number): StageReference | undefined {
    return languageFeatures[parsed.language]?.stageReferences?.(parsed).find((ref) => contains(ref.span, offset));
  }

  /** The Dockerfile a target names, parsed (the open document, else the file), with the offset of the stage's name. */
  async stageOf(composeDocument: TextDocument, ref: StageReference): Promise<{ uri: string; parsed: ParsedDocument; offset: number } | undefined> {
    const uri = resolveUri(composeDocument.uri, ref.dockerfile);
    if (!uri) return undefined;
    const open = this.documents.all().find((d) => sameUri(d.uri, uri));
    const text = open ? undefined : (await this.facts(composeDocument)).readFile?.(ref.dockerfile);
    const parsed = open ? await this.parse(open) : text === undefined ? undefined : parseDocument(text, 'dockerfile');
    const stages = (parsed && languageFeatures[parsed.language]?.workspaceSymbols?.(parsed)) || [];
    const stage = stages.find((s) => s.kind === 'stage' && s.name.toLowerCase() === ref.stage.toLowerCase());
    return parsed && stage ? { uri: open?.uri ?? uri, parsed, offset: stage.selectionSpan.start } : undefined;
  }
}

/** Clients differ in how much of a URI they percent-encode (`%3A` for a drive colon). */
function sameUri(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  try {
    return decodeURIComponent(a) === decodeURIComponent(b);
  } catch {
    return a === b;
  }
}
