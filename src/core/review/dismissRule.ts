import type { Review, ReviewItem, Verdict } from './review';
import { ReviewError } from './reviewError';

/** Switches a whole rule off for this draft; its items then count as dismissed. */
export function dismissRule(review: Review, rule: string, reason: string, who: string, now: string): Review {
  if (!reason.trim()) throw new ReviewError('review.error.dismissNeedsReason');
  const others = review.dismissedRules.filter((d) => d.rule !== rule);
  return { ...review, updatedAt: now, dismissedRules: [...others, { rule, reason: reason.trim(), who, time: now }] };
}

export function restoreRule(review: Review, rule: string, now: string): Review {
  return { ...review, updatedAt: now, dismissedRules: review.dismissedRules.filter((d) => d.rule !== rule) };
}

/** The verdict that counts: an open item of a dismissed rule is dismissed with the rule. */
export function effectiveVerdict(review: Review, item: ReviewItem): Verdict {
  if (item.verdict === 'open' && review.dismissedRules.some((d) => d.rule === item.rule)) return 'dismissed';
  return item.verdict;
}
