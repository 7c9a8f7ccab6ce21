import type { EditorView } from '@codemirror/view';
import { markAllFixed, type AppliedFix } from '../../core/review/applySuggestion';
import type { ReviewItem } from '../../core/review/review';
import { applySuggestions } from '../editor/findingCommands';
import { rangesOf } from '../editor/findingsField';
import type { ReviewChange } from './reviewSession';

/** A review item to mark fixed, and the finding whose first span anchors it. */
export interface FixTarget {
  findingId: string;
  itemId: string;
}

/** The fix targets of those findings that have a review item (`findingItems`, from itemsByFinding). */
export function fixTargets(findingIds: readonly string[], findingItems: ReadonlyMap<string, ReviewItem>): FixTarget[] {
  return findingIds.flatMap((findingId) => {
    const item = findingItems.get(findingId);
    return item ? [{ findingId, itemId: item.id }] : [];
  });
}

/**
 * "Apply suggestion" from the review, for one card or a bundle's 全部改正: the editor replaces
 * every span of `findingIds` that differs from its suggestion in ONE undoable edit, and the review
 * records it as one change, core's markAllFixed: each item of `fixed` marked fixed and anchored
 * where its finding's first span stands after the edit (the replacement, for an applied finding
 * and for the findings merged into its card). A finding with no item yet is applied all the same.
 * Undefined when no finding had anything to change.
 */
export function applyAndMarkFixed(view: EditorView, findingIds: readonly string[], fixed: readonly FixTarget[]): ReviewChange | undefined {
  const before = view.state;
  const firstSpans = fixed.flatMap((target) => {
    const first = rangesOf(before, target.findingId)[0];
    return first ? [{ itemId: target.itemId, ...first }] : [];
  });
  const changes = applySuggestions(view, findingIds);
  if (!changes) return undefined;
  const text = view.state.doc.toString();
  // A replaced span maps onto its replacement: its start stays before the inserted text, its end after.
  const fixes: AppliedFix[] = firstSpans.map((span) => ({ itemId: span.itemId, start: changes.mapPos(span.from, -1), end: changes.mapPos(span.to, 1) }));
  return (review, who, now) => markAllFixed(review, fixes, text, who, now);
}
