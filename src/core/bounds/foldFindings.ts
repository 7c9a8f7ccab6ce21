import type { RawFinding } from '../checks/check';
import { SEVERITY_RANK, type Severity } from '../finding';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { Paragraph } from '../text/paragraphs';

/**
 * The most findings of one rule listed one by one in one paragraph; past it the rest fold into
 * one. A panel of hundreds of identical cards is no review, and a machine-made paragraph can
 * otherwise yield one finding per mark (docs/architecture.md, issue 20).
 */
export const MAX_FINDINGS_PER_RULE_PER_PARAGRAPH = 20;

/** What a folded finding carries beside its message: how many it stands for. */
export interface FoldedEvidence {
  folded: number;
  listed: number;
}

/**
 * The findings of one paragraph with each rule's beyond the first MAX_FINDINGS_PER_RULE_PER_PARAGRAPH
 * (by position) folded into one finding of the same rule. Its spans are the first and the last
 * folded finding's first spans, so it shows where the rest lie. O(n) when no rule overflows,
 * O(n log n) otherwise.
 */
export function foldFindings(findings: readonly RawFinding[], lang: Lang): RawFinding[] {
  // Nearly every paragraph: too few findings for any rule to overflow.
  if (findings.length <= MAX_FINDINGS_PER_RULE_PER_PARAGRAPH + 1) return [...findings];
  const byRule = new Map<string, RawFinding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  if (![...byRule.values()].some((list) => list.length > MAX_FINDINGS_PER_RULE_PER_PARAGRAPH + 1)) return [...findings];
  const out: RawFinding[] = [];
  for (const list of byRule.values()) {
    if (list.length <= MAX_FINDINGS_PER_RULE_PER_PARAGRAPH + 1) {
      for (const f of list) out.push(f);
      continue;
    }
    const sorted = [...list].sort((a, b) => firstStart(a) - firstStart(b));
    for (const f of sorted.slice(0, MAX_FINDINGS_PER_RULE_PER_PARAGRAPH)) out.push(f);
    out.push(folded(sorted.slice(MAX_FINDINGS_PER_RULE_PER_PARAGRAPH), lang));
  }
  return out;
}

/**
 * Document checks report absolute offsets over the whole draft: their findings, in order of
 * their first span, are walked alongside the paragraphs and folded per paragraph. O(n log n).
 */
export function foldFindingsByParagraph(findings: readonly RawFinding[], paragraphs: readonly Paragraph[], lang: Lang): RawFinding[] {
  const sorted = [...findings].sort((a, b) => firstStart(a) - firstStart(b));
  const out: RawFinding[] = [];
  let paragraph = 0;
  let group: RawFinding[] = [];
  for (const f of sorted) {
    let next = paragraph;
    while (next + 1 < paragraphs.length && paragraphs[next + 1]!.start <= firstStart(f)) next++;
    if (next !== paragraph) {
      for (const kept of foldFindings(group, lang)) out.push(kept);
      group = [];
      paragraph = next;
    }
    group.push(f);
  }
  for (const kept of foldFindings(group, lang)) out.push(kept);
  return out;
}

function folded(rest: RawFinding[], lang: Lang): RawFinding {
  const first = rest[0]!;
  const last = rest[rest.length - 1]!;
  const spans = [first.spans[0]!];
  if (last.spans[0]!.start !== first.spans[0]!.start) spans.push(last.spans[0]!);
  let severity: Severity = first.severity;
  for (const f of rest) if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[severity]) severity = f.severity;
  const evidence: FoldedEvidence = { folded: rest.length, listed: MAX_FINDINGS_PER_RULE_PER_PARAGRAPH };
  return {
    rule: first.rule,
    severity,
    message: t(lang, 'engine.folded', { count: rest.length, first: first.message }),
    spans,
    evidence: { of: 'folded', ...evidence },
  };
}

function firstStart(f: RawFinding): number {
  return f.spans[0]?.start ?? 0;
}
