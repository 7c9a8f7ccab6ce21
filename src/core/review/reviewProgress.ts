import { effectiveVerdict } from './dismissRule';
import { VERDICTS, type Review, type ReviewItem, type Verdict } from './review';

export interface ReviewProgress {
  /** Items whose (effective) verdict is no longer open: "23 / 41 reviewed". */
  reviewed: number;
  total: number;
  findings: { reviewed: number; total: number };
  claims: { reviewed: number; total: number };
  byVerdict: Record<Verdict, number>;
  /** Error-severity findings still open and still reported by the checks. */
  openErrors: number;
  /** Claims marked 'needs-source'. */
  claimsNeedingSource: number;
  orphaned: number;
  /** Open items the last check run no longer reported (see reconcileReview). */
  noLongerReported: number;
  /** True while the draft should not be published: an open error or a claim needing a source. */
  blocking: boolean;
}

export function reviewProgress(review: Review): ReviewProgress {
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const findings = { reviewed: 0, total: 0 };
  const claims = { reviewed: 0, total: 0 };
  let openErrors = 0;
  let claimsNeedingSource = 0;
  let orphaned = 0;
  let noLongerReported = 0;
  for (const item of review.items) {
    const verdict = effectiveVerdict(review, item);
    byVerdict[verdict]++;
    const bucket = item.kind === 'claim' ? claims : findings;
    bucket.total++;
    if (verdict !== 'open') bucket.reviewed++;
    if (item.orphaned) orphaned++;
    if (verdict === 'open' && !item.reported) noLongerReported++;
    if (isOpenError(item, verdict)) openErrors++;
    if (isClaimNeedingSource(item, verdict)) claimsNeedingSource++;
  }
  return {
    reviewed: findings.reviewed + claims.reviewed,
    total: findings.total + claims.total,
    findings,
    claims,
    byVerdict,
    openErrors,
    claimsNeedingSource,
    orphaned,
    noLongerReported,
    blocking: openErrors > 0 || claimsNeedingSource > 0,
  };
}

/** An error-severity finding nobody has ruled on that the checks still report in the text. */
function isOpenError(item: ReviewItem, verdict: Verdict): boolean {
  return verdict === 'open' && item.severity === 'error' && item.reported && !item.orphaned;
}

function isClaimNeedingSource(item: ReviewItem, verdict: Verdict): boolean {
  return item.kind === 'claim' && verdict === 'needs-source';
}

/** Whether this item alone holds the draft back from publication. */
export function blocksPublication(review: Review, item: ReviewItem): boolean {
  const verdict = effectiveVerdict(review, item);
  return isOpenError(item, verdict) || isClaimNeedingSource(item, verdict);
}
