/**
 * `shipshape explain <rule>` prints a rule's documentation in the terminal (Ruff's `ruff rule`): the same page as
 * docs/rules/<id>.md, generated from the same metadata, so the two cannot drift apart. `--list-rules` lists them all.
 */
import { ruleDocsUrl } from '../../../shared/links';
import { rules } from '../engine';
import { ruleDocsPage } from '../scripts/rule-docs';
import { rulesNamed, unknownRuleMessage } from './rule-names';
import { UsageError } from './usage-error';

export function explain(names: readonly string[]): string {
  const pages: string[] = [];
  for (const name of names) {
    const named = rulesNamed(name);
    if (named.length === 0) throw new UsageError(unknownRuleMessage(name, 'explain'));
    for (const rule of named) pages.push(`${ruleDocsPage(rule).replace(/^<!--.*?-->\n/, '').trimEnd()}\n\nOnline: ${ruleDocsUrl(rule.id)}\n`);
  }
  return pages.join('\n');
}

export function listRules(format: 'text' | 'json'): string {
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.id,
      language: r.language,
      aliases: r.aliases,
      category: r.category,
      severity: r.severity,
      enabledByDefault: r.enabledByDefault !== false,
      fixable: r.fixable,
      summary: r.docs.summary,
      docs: ruleDocsUrl(r.id),
    }));
    return JSON.stringify(list, null, 2) + '\n';
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => {
    const level = r.enabledByDefault === false ? 'off' : r.severity;
    const fix = r.fixable === 'never' ? '' : ' fix';
    return `${r.id.padEnd(width)}  ${r.language.padEnd(10)}  ${level.padEnd(7)}${fix.padEnd(4)}  ${r.aliases.join(', ')}`;
  });
  return `${lines.join('\n')}\n\n${rules.length} rules. "shipshape explain <rule>" prints one (id or alias).\n`;
}
