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

/**
 * The review item of each finding the editor shows: matched as reconcileReview matches them, by
 * rule and span, else by id (while typing, offsets drift until the next check run).
 */
export function itemsByFinding(review: Review | null, findings: readonly Finding[]): Map<string, ReviewItem> {
  const found = new Map<string, ReviewItem>();
  if (!review) return found;
  const bySpan = new Map<string, ReviewItem>();
  const byId = new Map<string, ReviewItem>();
  for (const item of review.items) {
    if (item.kind !== 'finding' || item.orphaned) continue;
    bySpan.set(`${item.rule}\u0000${item.anchor.offset}\u0000${item.anchor.text.length}`, item);
    byId.set(item.id, item);
  }
  for (const f of findings) {
    const first = f.spans[0];
    const item = (first && bySpan.get(`${f.rule}\u0000${first.start}\u0000${first.end - first.start}`)) ?? byId.get(f.id);
    if (item && item.rule === f.rule) found.set(f.id, item);
  }
  return found;
}

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
