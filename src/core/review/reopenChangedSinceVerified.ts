import { findingId } from '../findingId';
import type { HistoryEntry, Review, ReviewItem, Verdict } from './review';

/** Verdicts that vouch for the text as it stood; an edit to that text voids them. */
const VOUCHING: readonly Verdict[] = ['verified', 'confirmed'];

/** Recorded as the author of the automatic reopening in the item's history. */
export const SYSTEM_REVIEWER = 'jiaokan';

/**
 * Issue 6, stale verification: an item verified or confirmed against text that has since
 * changed (re-attached to different text after an edit, a reload or a colleague's revision) is
 * reopened as "changed since verified", keeping the old and new text; its history records it.
 * `before` and `after` are the same review before and after re-anchoring to the new text.
 */
export function reopenChangedSinceVerified(before: Review, after: Review, now: string): Review {
  const previous = new Map(before.items.map((item) => [item.id, item]));
  let changed = false;
  const items = after.items.map((item): ReviewItem => {
    const old = previous.get(item.id);
    if (!old || item.orphaned || !VOUCHING.includes(item.verdict) || old.anchor.text === item.anchor.text) return item;
    changed = true;
    const entry: Omit<HistoryEntry, 'id'> = { who: SYSTEM_REVIEWER, time: now, from: item.verdict, to: 'open' };
    const history = [...item.history, { id: findingId(item.id, JSON.stringify([entry, item.history.length]), new Map()), ...entry }];
    return { ...item, verdict: 'open', reviewer: SYSTEM_REVIEWER, time: now, history, changedSinceVerified: { oldText: old.anchor.text, newText: item.anchor.text } };
  });
  return changed ? { ...after, items } : after;
}
