import type { Finding, Severity } from '../../core/finding';
import { effectiveVerdict } from '../../core/review/dismissRule';
import type { Review, ReviewItem } from '../../core/review/review';

/** The numbers the desk shows; the panel, the status bar and the export dialog all read them from here. */
export interface DeskCounts {
  /** Every finding the checks report now: the panel's 共 N 处 and its tab. */
  total: number;
  /** Findings still waiting for a verdict, by severity: the status bar. `error` is the open fact errors. */
  open: Record<Severity, number>;
  /** Suggestions applied or marked as corrected (verdict 已改正): the export's 已采纳. */
  applied: number;
  /** Claims of the checklist nobody has ruled on yet. */
  openClaims: number;
}

/**
 * One count of the current findings against the review; `findingItems` is each finding's review item
 * (itemsByFinding). A finding without a review item yet (the review is loading, or catches up after
 * an edit) counts as open.
 */
export function deskCounts(findings: readonly Finding[], review: Review | null, findingItems: ReadonlyMap<string, ReviewItem>): DeskCounts {
  const open: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    const item = findingItems.get(finding.id);
    if (!item || !review || effectiveVerdict(review, item) === 'open') open[finding.severity]++;
  }
  let applied = 0;
  let openClaims = 0;
  for (const item of review?.items ?? []) {
    const verdict = effectiveVerdict(review!, item);
    if (item.kind === 'finding' && verdict === 'fixed') applied++;
    if (item.kind === 'claim' && verdict === 'open' && item.reported && !item.orphaned) openClaims++;
  }
  return { total: findings.length, open, applied, openClaims };
}
