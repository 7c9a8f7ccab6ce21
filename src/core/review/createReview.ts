import type { Claim } from '../claims/claim';
import type { Finding } from '../finding';
import { reconcileReview } from './reconcileReview';
import { emptyReview, type Review } from './review';

/** A new review with every finding and claim open. */
export function createReview(text: string, findings: readonly Finding[], claims: readonly Claim[], now: string): Review {
  return reconcileReview(emptyReview(text, now), text, findings, claims, now);
}
