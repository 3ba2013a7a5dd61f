/**
 * The generated parts of docs/migrating-from-hadolint.md (`npm run generate` writes them between markers; the prose
 * around them is written by hand): every hadolint code and every BuildKit check mapped to our rules through their
 * aliases, and each aliased rule's documented differences.
 */
import type { Rule } from '../engine';
import { BUILDKIT_CHECKS } from '../engine/knowledge/upstream-rules';
import { HADOLINT_CODES, UNMAPPED_HADOLINT_CODES } from './hadolint-codes';

const UNMAPPED_BUILDKIT_CHECKS: Readonly<Record<string, string>> = {
  InvalidBaseImagePlatform:
    'BuildKit checks it against the base image\'s manifest after pulling it. Shipshape never contacts a registry, so it cannot know which platforms an image has.',
};

const SECTIONS = ['hadolint-codes', 'buildkit-checks', 'differences'] as const;

export function updateMigrationGuide(markdown: string, rules: readonly Rule[]): string {
  const content: Record<(typeof SECTIONS)[number], string> = {
    'hadolint-codes': hadolintTable(rules),
    'buildkit-checks': buildkitTable(rules),
    differences: differences(rules),
  };
  let out = markdown;
  for (const section of SECTIONS) {
    const begin = `<!-- ${section}:begin -->`;
    const end = `<!-- ${section}:end -->`;
    const from = out.indexOf(begin);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/migrating-from-hadolint.md lacks the ${begin} / ${end} markers`);
    out = out.slice(0, from + begin.length) + '\n' + content[section] + '\n' + out.slice(to);
  }
  return out;
}

const link = (id: string) => `[\`${id}\`](rules/${id}.md)`;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const level = (rule: Rule) => (rule.enabledByDefault === false ? 'off' : rule.severity);

function withAlias(rules: readonly Rule[], name: string): Rule[] {
  return rules.filter((r) => r.aliases.includes(name));
}

function hadolintTable(rules: readonly Rule[]): string {
  const canonical = new Set(HADOLINT_CODES);
  const unknown = rules.flatMap((r) => r.aliases.filter((a) => /^DL\d{4}$/.test(a) && !canonical.has(a)));
  if (unknown.length) throw new Error(`aliases missing from HADOLINT_CODES in server/src/cli/hadolint-codes.ts: ${unknown.join(', ')}`);
  const rows = HADOLINT_CODES.map((code) => {
    const mapped = withAlias(rules, code);
    if (mapped.length) {
      return `| ${code} | ${mapped.map((r) => link(r.id)).join(', ')} | ${mapped.map(level).join(', ')} | ${cell(mapped.map((r) => r.docs.summary + (r.docs.differences ? ' *Differs: see below.*' : '')).join(' '))} |`;
    }
    const entry = UNMAPPED_HADOLINT_CODES[code];
    if (!entry) throw new Error(`${code} is neither an alias of a rule nor listed in UNMAPPED_HADOLINT_CODES`);
    return `| ${code} | ${entry.coveredBy ? `covered by ${link(entry.coveredBy)}` : '—'} | | ${cell(`hadolint: ${entry.checks} ${entry.why}`)} |`;
  });
  const mappedCount = HADOLINT_CODES.filter((code) => withAlias(rules, code).length).length;
  return [
    `${HADOLINT_CODES.length} hadolint codes: ${mappedCount} are aliases of a Shipshape rule (config files, pragmas, \`--rule\` and \`--ignore\` accept them), ` +
      `${HADOLINT_CODES.length - mappedCount} are not.`,
    '',
    '| hadolint | Shipshape rule | Default | Notes |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function buildkitTable(rules: readonly Rule[]): string {
  const rows = BUILDKIT_CHECKS.map((name) => {
    const mapped = withAlias(rules, name);
    if (mapped.length) return `| \`${name}\` | ${mapped.map((r) => link(r.id)).join(', ')} | ${mapped.map(level).join(', ')} | ${cell(mapped.map((r) => r.docs.summary).join(' '))} |`;
    const why = UNMAPPED_BUILDKIT_CHECKS[name];
    if (!why) throw new Error(`BuildKit check ${name} is neither an alias of a rule nor listed in UNMAPPED_BUILDKIT_CHECKS`);
    return `| \`${name}\` | — | | ${cell(why)} |`;
  });
  return ['| BuildKit check | Shipshape rule | Default | Notes |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function differences(rules: readonly Rule[]): string {
  return rules
    .filter((r) => r.aliases.length > 0 && r.docs.differences)
    .map((r) => `### ${link(r.id)} (${r.aliases.join(', ')})\n\n${r.docs.differences!.trim()}\n`)
    .join('\n')
    .trimEnd();
}
