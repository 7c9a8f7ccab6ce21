import { reanchorReview } from './reanchorReview';
import { itemSpan, makeAnchor, type Review } from './review';
import { ReviewError } from './reviewError';
import { setVerdict } from './setVerdict';

/**
 * "Apply suggestion": replaces the item's span with its suggested text and marks it fixed.
 * Returns the new draft text and the review re-anchored to it (markFixed).
 */
export function applySuggestion(review: Review, itemId: string, who: string, now: string): { text: string; review: Review } {
  const item = review.items.find((i) => i.id === itemId);
  if (!item) throw new ReviewError('review.error.noSuchItem', { id: itemId });
  if (!item.suggestion || item.orphaned) throw new ReviewError('review.error.noSuggestion');
  const { start, end } = itemSpan(item);
  const replacement = item.suggestion.replacement;
  const text = review.text.slice(0, start) + replacement + review.text.slice(end);
  return { text, review: markFixed(review, itemId, text, start, start + replacement.length, who, now) };
}

/**
 * The review after a suggestion was applied to the draft (by applySuggestion, or by the editor in
 * one undoable edit): the item is marked fixed and stays attached to its replacement, now at
 * text[start, end), so the verdict stays on the corrected text.
 */
export function markFixed(review: Review, itemId: string, text: string, start: number, end: number, who: string, now: string): Review {
  const fixed = reanchorReview(setVerdict(review, itemId, 'fixed', {}, who, now), text);
  const anchor = makeAnchor(text, start, end);
  return { ...fixed, items: fixed.items.map((i) => (i.id === itemId ? { ...i, anchor, orphaned: false, fuzzy: false } : i)) };
}
