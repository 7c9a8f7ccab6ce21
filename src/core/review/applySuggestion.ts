import { reanchorReview } from './reanchorReview';
import { itemSpan, makeAnchor, type Review } from './review';
import { ReviewError } from './reviewError';
import { setVerdict } from './setVerdict';

/**
 * "Apply suggestion": replaces the finding's span with its suggested text and marks it fixed.
 * Returns the new draft text (for the editor) and the review re-anchored to it; the fixed item
 * stays attached to the replacement.
 */
export function applySuggestion(review: Review, itemId: string, who: string, now: string): { text: string; review: Review } {
  const item = review.items.find((i) => i.id === itemId);
  if (!item) throw new ReviewError('review.error.noSuchItem', { id: itemId });
  if (!item.suggestion || item.orphaned) throw new ReviewError('review.error.noSuggestion');
  const { start, end } = itemSpan(item);
  const text = review.text.slice(0, start) + item.suggestion.replacement + review.text.slice(end);
  const fixed = reanchorReview(setVerdict(review, itemId, 'fixed', {}, who, now), text);
  const anchor = makeAnchor(text, start, start + item.suggestion.replacement.length);
  return { text, review: { ...fixed, items: fixed.items.map((i) => (i.id === itemId ? { ...i, anchor, orphaned: false, fuzzy: false } : i)) } };
}
