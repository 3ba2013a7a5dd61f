/** Renders rule metadata as Markdown: one page per rule and the README's rules table. */
import type { Rule } from '../engine/define';

const FIXABLE_TEXT = { always: 'always', sometimes: 'sometimes', never: 'no' } as const;

function fence(language: string, code: string): string {
  return '```' + language + '\n' + code + '\n```';
}

export function ruleDocsPage(rule: Rule): string {
  const d = rule.docs;
  const lang = rule.language === 'dockerfile' ? 'dockerfile' : 'yaml';
  const lines = [
    '<!-- GENERATED from the rule\'s metadata by server/src/scripts/generate.ts. Edit the rule file instead. -->',
    `# ${rule.id}`,
    '',
    `**Language:** ${rule.language} · **Category:** ${rule.category} · **Default severity:** ${rule.enabledByDefault === false ? `off (${rule.severity} when on)` : rule.severity} · **Fix:** ${FIXABLE_TEXT[rule.fixable]}` +
      (rule.aliases.length ? ` · **Also known as:** ${rule.aliases.map((a) => `\`${a}\``).join(', ')}` : ''),
    '',
    '## What it does',
    '',
    d.summary,
    '',
    '## Why is this bad?',
    '',
    d.why,
    '',
    ...exampleContextLines(d.exampleContext),
    '## Example',
    '',
    ...d.bad.flatMap((b) => [fence(lang, b), '']),
    '## Use instead',
    '',
    ...d.good.flatMap((g) => [fence(lang, g), '']),
  ];
  if (d.fixSafety) lines.push('## Fix safety', '', d.fixSafety, '');
  if (d.differences) lines.push('## Differences from other tools', '', d.differences, '');
  lines.push(
    '## Configuration',
    '',
    `Turn it off or change its severity in \`.shipshape.yaml\` (\`rules: { ${rule.id}: off }\`) or in the \`shipshape.rules\` setting; ` +
      `silence one place with \`# shipshape ignore=${rule.id} <reason>\` on the line above.`,
    '',
  );
  if (d.references?.length) lines.push('## References', '', ...d.references.map((r) => `- <${r}>`), '');
  return lines.join('\n');
}

/** What the examples assume of the build context. */
function exampleContextLines(context: Rule['docs']['exampleContext']): string[] {
  if (context?.dockerignore === null) return ['The examples assume a build context without a `.dockerignore`.', ''];
  if (context?.dockerignore !== undefined) return ['The examples assume this `.dockerignore` in the build context:', '', fence('gitignore', context.dockerignore.trimEnd()), ''];
  return [];
}

export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.language} | ${r.aliases.map((a) => `\`${a}\``).join(' ') || '—'} | ${r.enabledByDefault === false ? 'off' : r.severity} | ${FIXABLE_TEXT[r.fixable]} | ${r.docs.summary.replace(/\|/g, '\\|')} |`,
  );
  const fixable = rules.filter((r) => r.fixable !== 'never').length;
  return [
    `${rules.length} rules, ${fixable} with a quick fix (${Math.round((100 * fixable) / Math.max(1, rules.length))}%).`,
    '',
    '| Rule | File | Aliases | Default | Fix | What it flags |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
