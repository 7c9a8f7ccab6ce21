import { ANCHOR_WORK_BUDGET, MATCH_RANK, relocateAnchor, type AnchorMatch, type Relocated } from './relocateAnchor';
import { makeAnchor, type Review, type ReviewItem } from './review';
import { WorkBudget } from './workBudget';

/**
 * Steps (see ANCHOR_WORK_BUDGET) one re-anchoring of a whole review may take: about a tenth
 * of a second of comparisons, far more than re-anchoring a long feature after heavy edits needs.
 */
export const REVIEW_WORK_BUDGET = 20_000_000;

/**
 * Re-attaches every item to `text` (see relocateAnchor for the rule). Orphans are tried again,
 * so undoing a deletion brings their verdicts back. When two items of one rule land on the same
 * span, the better match keeps it (exact, then text, then fuzzy; then the nearer old offset)
 * and the other is orphaned: a deleted duplicate does not take over its twin's place.
 * The work is bounded: each item may spend ANCHOR_WORK_BUDGET steps and the whole review
 * `budget`; attached items are searched before orphans, so when a hostile file spends the
 * budget it is the long-lost items that stay orphaned.
 */
export function reanchorReview(review: Review, text: string, budget = new WorkBudget(REVIEW_WORK_BUDGET)): Review {
  if (review.text === text) return review;
  const unchanged = unchangedEnds(review.text, text);
  const relocate = (item: ReviewItem): Relocated | undefined => {
    const own = new WorkBudget(Math.min(ANCHOR_WORK_BUDGET, budget.limit - budget.spent));
    const found = relocateAnchor(item.anchor, text, own);
    budget.charge(own.spent);
    return found;
  };
  const found = new Map<ReviewItem, Relocated | undefined>();
  for (const item of review.items) if (!item.orphaned) found.set(item, unchanged(item) ?? relocate(item));
  for (const item of review.items) if (item.orphaned) found.set(item, relocate(item));
  const placed = review.items.map((item) => ({ item, found: found.get(item) }));
  const winners = new Map<string, { index: number; match: AnchorMatch; distance: number }>();
  placed.forEach(({ item, found }, index) => {
    if (!found) return;
    const key = `${item.rule}\u0000${found.anchor.offset}\u0000${found.anchor.text.length}`;
    const distance = Math.abs(found.anchor.offset - item.anchor.offset);
    const current = winners.get(key);
    const rank = MATCH_RANK[found.match];
    if (!current || rank > MATCH_RANK[current.match] || (rank === MATCH_RANK[current.match] && distance < current.distance)) {
      winners.set(key, { index, match: found.match, distance });
    }
  });
  const kept = new Set([...winners.values()].map((w) => w.index));
  const items = placed.map(({ item, found }, index): ReviewItem => {
    if (!found || !kept.has(index)) return { ...item, orphaned: true, fuzzy: false };
    return { ...item, anchor: found.anchor, orphaned: false, fuzzy: found.match === 'fuzzy' };
  });
  return { ...review, text, items: sortByPosition(items) };
}

/** Draft order; orphans keep their last offset, so they stay near where they were. */
export function sortByPosition(items: ReviewItem[]): ReviewItem[] {
  return [...items].sort((a, b) => a.anchor.offset - b.anchor.offset || a.id.localeCompare(b.id));
}

/**
 * The fast path for the usual case, one edited region: an item whose span lies wholly in the
 * common prefix of the old and new text stays put, one wholly in the common suffix moves by
 * the change in length; either way its text is certainly there, and its context is re-read.
 * Other items are searched for (orphans, whose anchors refer to older text, never come here).
 */
function unchangedEnds(oldText: string, newText: string): (item: ReviewItem) => Relocated | undefined {
  const limit = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  const shift = newText.length - oldText.length;
  return (item) => {
    const { anchor } = item;
    const end = anchor.offset + anchor.text.length;
    // A review file whose anchors disagree with its own text (a damaged or crafted one) gets searched.
    if (!oldText.startsWith(anchor.text, anchor.offset)) return undefined;
    const start = end <= prefix ? anchor.offset : anchor.offset >= oldText.length - suffix ? anchor.offset + shift : undefined;
    if (start !== undefined) return { anchor: makeAnchor(newText, start, start + anchor.text.length), match: 'exact' };
    return undefined;
  };
}
