import { claimRule, type ClaimType } from '../../core/claims/claim';
import { familyOf, type Family, type Finding, type Severity } from '../../core/finding';
import { effectiveVerdict } from '../../core/review/dismissRule';
import type { Review, ReviewItem, Verdict } from '../../core/review/review';

export interface ReviewFilter {
  family: Family | 'all';
  severity: Severity | 'all';
  claimType: ClaimType | 'all';
  verdict: Verdict | 'all';
}

export const NO_FILTER: ReviewFilter = { family: 'all', severity: 'all', claimType: 'all', verdict: 'all' };

export function filterFindings(findings: readonly Finding[], items: ReadonlyMap<string, ReviewItem>, review: Review | null, filter: ReviewFilter): readonly Finding[] {
  if (filter.family === 'all' && filter.severity === 'all' && filter.verdict === 'all') return findings;
  return findings.filter((f) => {
    if (filter.family !== 'all' && familyOf(f.rule) !== filter.family) return false;
    if (filter.severity !== 'all' && f.severity !== filter.severity) return false;
    const item = items.get(f.id);
    const verdict = item && review ? effectiveVerdict(review, item) : 'open';
    return filter.verdict === 'all' || verdict === filter.verdict;
  });
}

/** Items kept apart from the lists: their text is gone, or the checks no longer report them. */
export function setAside(review: Review | null, kind: ReviewItem['kind'], filter: ReviewFilter): { orphaned: ReviewItem[]; unreported: ReviewItem[] } {
  const items = (review?.items ?? []).filter((i) => i.kind === kind && passes(review!, i, filter));
  return { orphaned: items.filter((i) => i.orphaned), unreported: items.filter((i) => !i.orphaned && !i.reported) };
}

/** The claims checklist in draft order (orphaned claims are listed apart). */
export function claimItems(review: Review | null, filter: ReviewFilter): ReviewItem[] {
  return (review?.items ?? []).filter((i) => i.kind === 'claim' && !i.orphaned && i.reported && passes(review!, i, filter));
}

function passes(review: Review, item: ReviewItem, filter: ReviewFilter): boolean {
  if (filter.verdict !== 'all' && effectiveVerdict(review, item) !== filter.verdict) return false;
  if (item.kind === 'claim') return filter.claimType === 'all' || item.rule === claimRule(filter.claimType);
  if (filter.severity !== 'all' && item.severity !== filter.severity) return false;
  return filter.family === 'all' || item.rule.startsWith(`${filter.family}.`);
}
