/**
 * The navigable model of one Compose file, built once per document version. Rules read services, their keys
 * (merges applied, each remembering where it was written) and the declared networks, volumes, secrets, configs
 * and models; `value` gives the whole file as bounded plain data. See docs/compose-model.md.
 */
import { isMap, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../model';
import type { LineIndex } from '../text/line-index';
import { AnchorIndex } from './anchors';
import { EMPTY_MERGED_MAP, MergeResolver, type ComposeEntry, type MergedMap } from './merge';
import { locate, SourceIndex, type Located, type PathSegment } from './paths';
import { composeValue, type ComposeValue } from './value';
import { findReferences, type ComposeReference } from './references';

export interface YamlProblem {
  /** The `yaml` package's error code (`DUPLICATE_KEY`, `BAD_INDENT`, …). */
  code: string;
  message: string;
  span: Span;
  /** `error` stops Compose from reading the file; `warning` is something it tolerates. */
  level: 'error' | 'warning';
}

/** Top-level sections whose entries are declared by name and referenced from services. */
export type ResourceSection = 'networks' | 'volumes' | 'secrets' | 'configs' | 'models';

export interface ComposeService {
  name: string;
  keyNode: Scalar;
  keySpan: Span;
  /** The service's entry under `services`. */
  entry: ComposeEntry;
  /** Its mapping (aliases followed); undefined for an empty service (`api:`) or a value that is not a mapping. */
  node: YAMLMap | undefined;
  /** Its keys, `<<` merges applied. */
  keys: MergedMap;
  get(key: string): ComposeEntry | undefined;
}

export class ComposeModel {
  readonly anchors: AnchorIndex;
  readonly merges: MergeResolver;
  /** The top-level mapping; undefined when the file is empty or not a mapping. */
  readonly root: YAMLMap | undefined;
  /** Top-level keys, merges applied. */
  readonly top: MergedMap | undefined;
  readonly services: readonly ComposeService[];
  private readonly servicesByName = new Map<string, ComposeService>();
  private sourceIndex?: SourceIndex;
  private expanded?: ComposeValue;
  private referenceList?: ComposeReference[];

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly document: Document.Parsed,
    readonly problems: readonly YamlProblem[],
  ) {
    this.anchors = new AnchorIndex(document);
    this.merges = new MergeResolver(this.anchors);
    const root = this.anchors.deref(document.contents);
    this.root = isMap(root) ? root : undefined;
    this.top = this.merges.resolve(this.root);
    this.services = (this.section('services')?.entries ?? []).map((entry) => this.serviceOf(entry));
    for (const service of this.services) this.servicesByName.set(service.name, service);
  }

  service(name: string): ComposeService | undefined {
    return this.servicesByName.get(name);
  }

  /** The merged view of a top-level section (`services`, `networks`, …). */
  section(name: string): MergedMap | undefined {
    return this.merges.resolve(this.top?.get(name)?.value);
  }

  /** Names declared under a top-level section, each with its key span. */
  declared(section: ResourceSection): readonly ComposeEntry[] {
    return this.section(section)?.entries ?? [];
  }

  /** The merged view of any mapping node (aliases followed); undefined when it is not a mapping. */
  resolve(node: unknown): MergedMap | undefined {
    return this.merges.resolve(node);
  }

  /** Follows an alias; other nodes come back unchanged. */
  deref(node: unknown): Node | undefined {
    return this.anchors.deref(node);
  }

  /** Where a logical path (`['services', 'api', 'ports', 0]`) is written. */
  locate(path: readonly PathSegment[]): Located | undefined {
    return locate(this.root ?? null, path, this.anchors, this.merges);
  }

  /** The source path of a node (where it sits in the text, not where it is merged to). */
  pathOf(node: Node): PathSegment[] | undefined {
    return this.sources.pathOf(node);
  }

  get sources(): SourceIndex {
    return (this.sourceIndex ??= new SourceIndex(this.root ?? null));
  }

  /** The whole file as plain data, or why it could not be expanded (alias bomb, recursive alias). Computed once. */
  get value(): ComposeValue {
    return (this.expanded ??= composeValue(this.root ?? null, this.anchors, this.merges));
  }

  /** Every place a service refers to a service, network, volume, secret, config or model by name. Computed once. */
  get references(): readonly ComposeReference[] {
    return (this.referenceList ??= findReferences(this));
  }

  private serviceOf(entry: ComposeEntry): ComposeService {
    const node = isMap(entry.value) ? entry.value : undefined;
    const keys = this.merges.resolve(node) ?? EMPTY_MERGED_MAP;
    return { name: entry.key, keyNode: entry.keyNode, keySpan: entry.keySpan, entry, node, keys, get: (key) => keys.get(key) };
  }
}
