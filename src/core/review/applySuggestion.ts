import { reanchorReview } from './reanchorReview';
import { itemSpan, makeAnchor, type Review } from './review';
import { ReviewError } from './reviewError';
import { setVerdict } from './setVerdict';

/**
 * "Apply suggestion": replaces the item's span with its suggested text and marks it fixed.
 * Returns the new draft text and the review re-anchored to it (markAllFixed).
 */
export function applySuggestion(review: Review, itemId: string, who: string, now: string): { text: string; review: Review } {
  const item = review.items.find((i) => i.id === itemId);
  if (!item) throw new ReviewError('review.error.noSuchItem', { id: itemId });
  if (!item.suggestion || item.orphaned) throw new ReviewError('review.error.noSuggestion');
  const { start, end } = itemSpan(item);
  const replacement = item.suggestion.replacement;
  const text = review.text.slice(0, start) + replacement + review.text.slice(end);
  return { text, review: markAllFixed(review, [{ itemId, start, end: start + replacement.length }], text, who, now) };
}

/** Where an applied suggestion now stands: text[start, end) is the replacement of the item's span. */
export interface AppliedFix {
  itemId: string;
  start: number;
  end: number;
}

/**
 * The review after suggestions were applied to the draft in one edit (applySuggestion, the
 * editor's apply and 全部改正): each item is marked fixed and stays attached to its replacement,
 * now at text[start, end), so the verdict stays on the corrected text; one change to the review,
 * re-anchored once.
 */
export function markAllFixed(review: Review, fixes: readonly AppliedFix[], text: string, who: string, now: string): Review {
  const marked = fixes.reduce((r, fix) => setVerdict(r, fix.itemId, 'fixed', {}, who, now), review);
  const fixed = reanchorReview(marked, text);
  const anchors = new Map(fixes.map((fix) => [fix.itemId, makeAnchor(text, fix.start, fix.end)]));
  return { ...fixed, items: fixed.items.map((i) => (anchors.has(i.id) ? { ...i, anchor: anchors.get(i.id)!, orphaned: false, fuzzy: false } : i)) };
}
