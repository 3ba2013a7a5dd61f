/**
 * Reading a YAML configuration file with problems that point at the offending line: what the hadolint and Shipshape
 * config readers share. Bad input becomes problems, never an exception.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { rules as registry } from '../rules';
import { isUpstreamRuleName } from '../knowledge/upstream-rules';
import { closestMatch } from '../text/suggest';

export interface ConfigProblem {
  message: string;
  /** 1-based, like every editor shows them. */
  line: number;
  column: number;
}

export class ConfigReader {
  readonly problems: ConfigProblem[] = [];
  /** The top-level mapping; undefined for an empty file or one that is not a mapping. */
  readonly root: YAMLMap | undefined;
  private readonly lineCounter = new LineCounter();

  constructor(text: string) {
    const document = parseDocument(text, { lineCounter: this.lineCounter, prettyErrors: false, uniqueKeys: true });
    for (const error of document.errors) this.problemAt(error.pos[0], error.message.split('\n')[0]);
    const contents = document.contents;
    if (isMap(contents)) this.root = contents;
    else if (contents && !(isScalar(contents) && contents.value === null)) this.problem(contents, 'expected a mapping of settings at the top level');
  }

  /** Each `key: value` of a mapping, with the key as a string. */
  *entries(map: YAMLMap): Generator<{ key: string; keyNode: Node; value: Node | null }> {
    for (const pair of map.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined) this.problem(keyNode, 'expected a plain key');
      else yield { key, keyNode, value: (pair.value as Node | null) ?? null };
    }
  }

  problem(node: Node | null | undefined, message: string): void {
    this.problemAt(node?.range?.[0] ?? 0, message);
  }

  string(node: Node | null, where: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value !== '') return node.value;
    this.problem(node, `${where}: expected a string`);
    return undefined;
  }

  boolean(node: Node | null, where: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.problem(node, `${where}: expected true or false`);
    return undefined;
  }

  stringList(node: Node | null, where: string): string[] {
    return this.stringItems(node, where).map((item) => item.value);
  }

  stringItems(node: Node | null, where: string): { value: string; node: Node }[] {
    if (isScalar(node) && node.value === null) return [];
    if (!isSeq(node)) {
      this.problem(node, `${where}: expected a list`);
      return [];
    }
    return node.items.flatMap((item) => {
      const value = this.string(item as Node, `${where} item`);
      return value === undefined ? [] : [{ value, node: item as Node }];
    });
  }

  map(node: Node | null, where: string): YAMLMap | undefined {
    if (isScalar(node) && node.value === null) return undefined;
    if (isMap(node)) return node;
    this.problem(node, `${where}: expected a mapping`);
    return undefined;
  }

  oneOf<T extends string>(node: Node | null, where: string, values: readonly T[]): T | undefined {
    const value = isScalar(node) ? String(node.value) : undefined;
    if (value !== undefined && (values as readonly string[]).includes(value)) return value as T;
    this.problem(node, `${where}: expected one of ${values.join(', ')}`);
    return undefined;
  }

  /** A rule named in a config file must exist here or in hadolint/BuildKit; a typo gets a suggestion. */
  ruleName(node: Node, name: string): boolean {
    if (RULE_NAMES.has(name.toLowerCase()) || isUpstreamRuleName(name)) return true;
    const suggestion = closestMatch(name, RULE_NAMES_AS_WRITTEN);
    this.problem(node, `unknown rule "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    return false;
  }

  private problemAt(offset: number, message: string): void {
    const { line, col } = this.lineCounter.linePos(offset);
    this.problems.push({ message, line, column: col });
  }
}

const RULE_NAMES_AS_WRITTEN = registry.flatMap((r) => [r.id, ...r.aliases]);
const RULE_NAMES = new Set(RULE_NAMES_AS_WRITTEN.map((n) => n.toLowerCase()));
