import { effectiveVerdict } from './dismissRule';
import type { Severity } from '../finding';
import { VERDICTS, type Review, type ReviewItem, type Verdict } from './review';

export interface ReviewProgress {
  /** Items whose (effective) verdict is no longer open: "23 / 41 reviewed". */
  reviewed: number;
  total: number;
  findings: { reviewed: number; total: number };
  claims: { reviewed: number; total: number };
  byVerdict: Record<Verdict, number>;
  /** Findings still open and still reported by the checks, by severity, and claims nobody has ruled on. */
  open: { errors: number; warnings: number; infos: number; claims: number };
  /** Error-severity findings still open and still reported by the checks (open.errors). */
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
  const open = { errors: 0, warnings: 0, infos: 0, claims: 0 };
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
    if (isStillOpen(item, verdict)) {
      if (item.kind === 'claim') open.claims++;
      else if (item.severity) open[SEVERITY_COUNT[item.severity]]++;
    }
    if (isClaimNeedingSource(item, verdict)) claimsNeedingSource++;
  }
  return {
    reviewed: findings.reviewed + claims.reviewed,
    total: findings.total + claims.total,
    findings,
    claims,
    byVerdict,
    open,
    openErrors: open.errors,
    claimsNeedingSource,
    orphaned,
    noLongerReported,
    blocking: open.errors > 0 || claimsNeedingSource > 0,
  };
}

const SEVERITY_COUNT: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };

/** An item nobody has ruled on that the checks still report in the text. */
function isStillOpen(item: ReviewItem, verdict: Verdict): boolean {
  return verdict === 'open' && item.reported && !item.orphaned;
}

/** An error-severity finding nobody has ruled on that the checks still report in the text. */
function isOpenError(item: ReviewItem, verdict: Verdict): boolean {
  return isStillOpen(item, verdict) && item.severity === 'error';
}

function isClaimNeedingSource(item: ReviewItem, verdict: Verdict): boolean {
  return item.kind === 'claim' && verdict === 'needs-source';
}

/** Whether this item alone holds the draft back from publication. */
export function blocksPublication(review: Review, item: ReviewItem): boolean {
  const verdict = effectiveVerdict(review, item);
  return isOpenError(item, verdict) || isClaimNeedingSource(item, verdict);
}
