import type { EditorView } from '@codemirror/view';
import { markFixed } from '../../core/review/applySuggestion';
import type { Review } from '../../core/review/review';
import { applySuggestion } from '../editor/findingCommands';
import { findingsField, rangesOf } from '../editor/findingsField';

/**
 * "Apply suggestion" from the review: the editor replaces every span of the finding (one
 * undoable edit), and the item is marked fixed by core's markFixed. Undefined when the finding
 * has no suggestion in the editor.
 */
export function applyAndMarkFixed(view: EditorView, findingId: string, itemId: string): ((review: Review, who: string, now: string) => Review) | undefined {
  const first = rangesOf(view.state, findingId)[0];
  const replacement = view.state.field(findingsField).byId.get(findingId)?.suggestion?.replacement;
  if (!first || replacement === undefined) return undefined;
  applySuggestion(view, findingId);
  const text = view.state.doc.toString();
  return (review, who, now) => markFixed(review, itemId, text, first.from, first.from + replacement.length, who, now);
}
