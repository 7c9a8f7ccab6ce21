import { findingId } from '../findingId';
import type { Review } from './review';

/** Keeps a snapshot of the draft's text under a label (issue 6 compares them). */
export function addRevision(review: Review, label: string, text: string, author: string, now: string): Review {
  const id = findingId('revision', `${now}\u0000${author}\u0000${label}\u0000${text.length}`, new Map(review.revisions.map((r) => [r.id, 1])));
  return { ...review, updatedAt: now, revisions: [...review.revisions, { id, label, time: now, author, text }] };
}
