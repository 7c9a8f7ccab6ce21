import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { reanchorReview } from '../../core/review/reanchorReview';
import { itemSpan, type Review, type ReviewItem } from '../../core/review/review';
import { preferFinding, rangesOf } from '../editor/findingsField';

/**
 * Shows an item's text in the editor without taking the keyboard from the panel (the panel's
 * single-key shortcuts would otherwise type into the draft). A finding still marked in the
 * editor is selected through its mark, so the findings list highlights it too; any other item
 * is found by re-anchoring it to the editor's current text.
 */
export function selectReviewSpan(view: EditorView, review: Review, item: ReviewItem, findingId: string | undefined): void {
  const marked = findingId === undefined ? undefined : rangesOf(view.state, findingId)[0];
  const range = marked ?? spanNow(view, review, item);
  if (!range) return;
  view.dispatch({
    selection: EditorSelection.single(range.from, range.to),
    effects: [...(marked && findingId ? [preferFinding.of(findingId)] : []), EditorView.scrollIntoView(range.from, { y: 'center' })],
  });
}

function spanNow(view: EditorView, review: Review, item: ReviewItem): { from: number; to: number } | undefined {
  if (item.orphaned) return undefined;
  const text = view.state.doc.toString();
  const placed = text === review.text ? item : reanchorReview({ ...review, items: [item] }, text).items[0];
  if (!placed || placed.orphaned) return undefined;
  const { start, end } = itemSpan(placed);
  return end <= text.length ? { from: start, to: end } : undefined;
}
