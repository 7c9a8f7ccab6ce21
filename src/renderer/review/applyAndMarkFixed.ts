import type { EditorView } from '@codemirror/view';
import { markAllFixed, type AppliedFix } from '../../core/review/applySuggestion';
import { setVerdict } from '../../core/review/setVerdict';
import { applySuggestions } from '../editor/findingCommands';
import { findingsField, rangesOf } from '../editor/findingsField';
import type { ReviewChange } from './reviewSession';

/** A finding to apply and the review item that records it. */
export interface FixTarget {
  findingId: string;
  itemId: string;
}

/**
 * "Apply suggestion" from the review, for one card or a bundle's 全部改正: the editor replaces
 * every span of the findings in ONE undoable edit, and the review records it as one change: each
 * item marked fixed by core's markAllFixed (and `alsoFixed`, the items of findings merged into the
 * card, marked fixed with it). Undefined when no finding had anything to change.
 */
export function applyAndMarkFixed(view: EditorView, targets: readonly FixTarget[], alsoFixed: readonly string[] = []): ReviewChange | undefined {
  const before = view.state;
  const starts = targets.flatMap((target) => {
    const first = rangesOf(before, target.findingId)[0];
    const replacement = before.field(findingsField).byId.get(target.findingId)?.suggestion?.replacement;
    return first && replacement !== undefined ? [{ ...target, from: first.from, length: replacement.length }] : [];
  });
  const changes = applySuggestions(view, starts.map((s) => s.findingId));
  if (!changes) return undefined;
  const text = view.state.doc.toString();
  const fixes: AppliedFix[] = starts.map((s) => {
    const start = changes.mapPos(s.from, -1);
    return { itemId: s.itemId, start, end: start + s.length };
  });
  return (review, who, now) => alsoFixed.reduce((r, itemId) => setVerdict(r, itemId, 'fixed', {}, who, now), markAllFixed(review, fixes, text, who, now));
}
