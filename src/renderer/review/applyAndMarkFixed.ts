import type { EditorView } from '@codemirror/view';
import { reanchorReview } from '../../core/review/reanchorReview';
import { makeAnchor, type Review } from '../../core/review/review';
import { setVerdict } from '../../core/review/setVerdict';
import { applySuggestion } from '../editor/findingCommands';
import { findingsField, rangesOf } from '../editor/findingsField';

/**
 * "Apply suggestion" from the review: the editor replaces every span of the finding (one
 * undoable edit), and the item is marked fixed and re-attached to its replacement, so the
 * verdict stays on the corrected text. Undefined when the finding has no suggestion in the editor.
 */
export function applyAndMarkFixed(view: EditorView, findingId: string, itemId: string): ((review: Review, who: string, now: string) => Review) | undefined {
  const first = rangesOf(view.state, findingId)[0];
  const replacement = view.state.field(findingsField).byId.get(findingId)?.suggestion?.replacement;
  if (!first || replacement === undefined) return undefined;
  applySuggestion(view, findingId);
  const text = view.state.doc.toString();
  const anchor = makeAnchor(text, first.from, first.from + replacement.length);
  return (review, who, now) => {
    const fixed = reanchorReview(setVerdict(review, itemId, 'fixed', {}, who, now), text);
    return { ...fixed, items: fixed.items.map((i) => (i.id === itemId ? { ...i, anchor, orphaned: false, fuzzy: false } : i)) };
  };
}
