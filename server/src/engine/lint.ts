/** Runs the rules over a parsed document. Each rule runs in isolation: a crash becomes a finding, not a dead server. */
import type { Finding, Span } from './model';
import { formatMessage, type ProjectFacts, type Report, type Rule } from './define';
import type { ParsedDocument } from './document';
import { effectiveSetting, type LintConfig } from './config/lint-config';
import { suppressionsOf } from './config/suppressions';
import { rules as allRules } from './rules';
import { disputedSpansOf, editsDisputedText } from './fix/disputed';

export interface LintOptions {
  config?: LintConfig;
  project?: ProjectFacts;
  /** Defaults to every registered rule; tests pass one rule. */
  rules?: readonly Rule[];
}

export const INTERNAL_ERROR_RULE_ID = 'internal-error';

export const UNANALYSABLE_RULE_ID = 'file-not-analysed';

export function lint(document: ParsedDocument, options: LintOptions = {}): Finding[] {
  if (document.unanalysable) return [unanalysableFinding(document.unanalysable.message)];
  const findings: Finding[] = [];
  const suppressions = suppressionsOf(document, allRules, options.config);
  const disputed = disputedSpansOf(document);
  for (const rule of options.rules ?? allRules) {
    if (rule.language !== document.language) continue;
    const setting = effectiveSetting(rule, options.config);
    const severity = suppressions.severityFor(rule, setting.severity);
    if (severity === 'off') continue;
    const report = (r: Report<string>) => {
      const span = clampSpan(r.span, document.text.length);
      findings.push({
        ruleId: rule.id,
        messageId: r.messageId,
        aliases: rule.aliases,
        severity,
        category: rule.category,
        message: formatMessage(rule.messages[r.messageId], r.data),
        span,
        fixes: (r.fixes ?? []).filter((f) => !editsDisputedText(f.edits, disputed)).map((f) => ({
          title: formatMessage(rule.messages[f.messageId], f.data),
          safety: f.safety,
          edits: f.edits,
          ...(f.createFiles ? { createFiles: f.createFiles } : {}),
        })),
      });
    };
    try {
      const base = { document, options: setting.options, project: options.project ?? {}, suppressions, report };
      if (rule.language === 'dockerfile' && document.dockerfile) rule.check({ ...base, dockerfile: document.dockerfile });
      else if (rule.language === 'compose' && document.compose) rule.check({ ...base, compose: document.compose });
    } catch (error) {
      findings.push(internalError(rule.id, error));
    }
  }
  return findings.filter((f) => !suppressions.suppresses(f)).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

/** One warning at the top of a file that was not analysed (see text/analysable.ts): no rule ran on it. */
function unanalysableFinding(message: string): Finding {
  return { ruleId: UNANALYSABLE_RULE_ID, messageId: 'unanalysable', aliases: [], severity: 'warning', category: 'reliability', message, span: { start: 0, end: 0 }, fixes: [] };
}

function internalError(ruleId: string, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: INTERNAL_ERROR_RULE_ID,
    messageId: 'internalError',
    aliases: [],
    severity: 'error',
    category: 'correctness',
    message: `Shipshape's rule "${ruleId}" failed on this file (${detail}). Please report it; the other rules still ran.`,
    span: { start: 0, end: 0 },
    fixes: [],
  };
}
