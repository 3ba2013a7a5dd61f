/** Hover text: what the token under the cursor does, and why any finding there matters. */
import type { Finding, Span } from '../model';
import type { ParsedDocument } from '../document';
import type { DockerInstruction } from '../parse/dockerfile';
import type { Rule } from '../define';
import { ruleDocsUrl } from '../../../../shared/links';
import { directiveDocs, flagDocs, instructionDocs, mountTypeDocs, type KeywordDoc } from './dockerfile-docs';
import { composeHover } from '../compose/features/hover';

export interface HoverResult {
  markdown: string;
  span: Span;
}

const contains = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

export function hover(document: ParsedDocument, offset: number, findings: readonly Finding[], rules: readonly Rule[]): HoverResult | undefined {
  const sections: string[] = [];
  let span: Span | undefined;
  const here = findings.filter((f) => contains(f.span, offset) && f.span.end > f.span.start);
  for (const finding of here) {
    sections.push(findingSection(finding, rules.find((r) => r.id === finding.ruleId)));
    span ??= finding.span;
  }
  const token = document.dockerfile ? dockerfileToken(document, offset) : document.compose ? composeHover(document.compose, offset) : undefined;
  if (token) {
    sections.push(token.markdown);
    span = token.span;
  }
  if (sections.length === 0 || !span) return undefined;
  return { markdown: sections.join('\n\n---\n\n'), span };
}

function findingSection(finding: Finding, rule: Rule | undefined): string {
  const aliases = finding.aliases.length ? ` (${finding.aliases.map((a) => `\`${a}\``).join(', ')})` : '';
  const lines = [`**${finding.ruleId}**${aliases} · ${finding.severity}`, '', finding.message];
  if (rule) lines.push('', rule.docs.why);
  if (finding.fixes.length > 0) {
    lines.push('', `Quick fix: ${finding.fixes.map((f) => `*${f.title}*${f.safety === 'unsafe' ? ' (review: may change behaviour)' : ''}`).join(' · ')}`);
  }
  lines.push('', `[Rule documentation](${ruleDocsUrl(finding.ruleId)})`);
  return lines.join('\n');
}

function keywordMarkdown(title: string, doc: KeywordDoc, extra?: KeywordDoc): string {
  const body = (d: KeywordDoc) => [d.summary, '', `*${d.layer}*`, '', d.pitfall, '', '```dockerfile', d.example, '```'].join('\n');
  return `**${title}** — ${body(doc)}${extra ? `\n\n${body(extra)}` : ''}`;
}

function dockerfileToken(document: ParsedDocument, offset: number): HoverResult | undefined {
  const model = document.dockerfile!;
  for (const directive of model.directives) {
    if (!contains(directive.span, offset)) continue;
    const doc = directiveDocs[directive.name.toLowerCase()];
    return doc && { markdown: keywordMarkdown(`# ${directive.name.toLowerCase()}=`, doc), span: directive.span };
  }
  const instruction = instructionAt(model.instructions, offset);
  if (!instruction) return undefined;
  const target = instruction.trigger && offset >= instruction.trigger.span.start ? instruction.trigger : instruction;
  if (contains(instruction.keywordSpan, offset)) return keywordHover(instruction);
  if (target !== instruction && contains(target.keywordSpan, offset)) return keywordHover(target);
  for (const flag of target.flags) {
    if (!contains(flag.span, offset)) continue;
    const doc = flagDocs[`${target.keyword} --${flag.name}`];
    if (!doc) return undefined;
    const type = flag.name === 'mount' ? (flag.options.find((o) => o.name === 'type')?.value ?? 'bind') : undefined;
    const mount = type ? mountTypeDocs[type] : undefined;
    return { markdown: keywordMarkdown(`${target.keyword} --${flag.name}${type ? `=type=${type}` : ''}`, doc, mount), span: flag.span };
  }
  return undefined;
}

function keywordHover(instruction: DockerInstruction): HoverResult | undefined {
  const doc = instructionDocs[instruction.keyword];
  return doc && { markdown: keywordMarkdown(instruction.keyword, doc), span: instruction.keywordSpan };
}

/** Binary search: instructions are sorted and do not overlap. */
function instructionAt(instructions: readonly DockerInstruction[], offset: number): DockerInstruction | undefined {
  let low = 0;
  let high = instructions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = instructions[mid].span;
    if (offset < span.start) high = mid - 1;
    else if (offset > span.end) low = mid + 1;
    else return instructions[mid];
  }
  return undefined;
}
