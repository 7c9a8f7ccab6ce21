import { findingId } from '../findingId';
import type { HistoryEntry, Review, ReviewItem, Source, Verdict } from './review';
import { ReviewError } from './reviewError';

export interface VerdictChange {
  note?: string;
  /** Why a finding is a false alarm; required for 'dismissed'. */
  reason?: string;
  /** Replaces the item's sources when given. */
  sources?: Source[];
}

/**
 * Sets an item's verdict (and optionally its note, reason, sources) and appends the change to
 * its history. 'verified' is for claims and for findings checked against a source (source.*);
 * 'dismissed' needs a reason. Returns a new review.
 */
export function setVerdict(review: Review, itemId: string, verdict: Verdict, change: VerdictChange, who: string, now: string): Review {
  const item = review.items.find((i) => i.id === itemId);
  if (!item) throw new ReviewError('review.error.noSuchItem', { id: itemId });
  if (verdict === 'verified' && !canBeVerified(item)) throw new ReviewError('review.error.verifiedIsForClaims');
  const reason = verdict === 'dismissed' ? (change.reason ?? item.reason ?? '').trim() : undefined;
  if (verdict === 'dismissed' && !reason) throw new ReviewError('review.error.dismissNeedsReason');
  const next: ReviewItem = {
    ...item,
    verdict,
    note: change.note ?? item.note,
    sources: change.sources ?? item.sources,
    reviewer: who,
    time: now,
  };
  if (reason) next.reason = reason;
  else delete next.reason;
  // A person's new verdict answers the "changed since verified" reopening.
  if (verdict !== 'open') delete next.changedSinceVerified;
  const entry = historyEntry(item, next, who, now);
  if (!entry) return review;
  next.history = [...item.history, entry];
  return { ...review, updatedAt: now, items: review.items.map((i) => (i.id === itemId ? next : i)) };
}

/** Changes the note alone, keeping the verdict. */
export function setNote(review: Review, itemId: string, note: string, who: string, now: string): Review {
  const item = review.items.find((i) => i.id === itemId);
  if (!item) throw new ReviewError('review.error.noSuchItem', { id: itemId });
  return setVerdict(review, itemId, item.verdict, { note }, who, now);
}

/** The change from `before` to `after` as a history entry; undefined when nothing changed. */
function historyEntry(before: ReviewItem, after: ReviewItem, who: string, now: string): HistoryEntry | undefined {
  const entry: Omit<HistoryEntry, 'id'> = { who, time: now, from: before.verdict, to: after.verdict };
  if (after.note !== before.note) entry.note = after.note;
  if (after.reason !== undefined && after.reason !== before.reason) entry.reason = after.reason;
  if (JSON.stringify(after.sources) !== JSON.stringify(before.sources)) entry.sources = after.sources;
  const changed = before.verdict !== after.verdict || 'note' in entry || 'reason' in entry || 'sources' in entry;
  if (!changed) return undefined;
  return { id: findingId(before.id, JSON.stringify([entry, before.history.length]), new Map()), ...entry };
}

/** A claim, or a difference from a source the fact-checker held the draft against. */
export function canBeVerified(item: ReviewItem): boolean {
  return item.kind === 'claim' || item.rule.startsWith('source.');
}
