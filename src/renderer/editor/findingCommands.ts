/** What the side panel does to the editor: selects a finding, applies suggestions. */
import { EditorSelection, type ChangeSet, type EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { findingsField, preferFinding, rangesById, rangesOf } from './findingsField';

/** Selects the finding's first span, scrolls it into view and gives the editor focus. */
export function goToFinding(view: EditorView, id: string): boolean {
  const first = rangesOf(view.state, id)[0];
  if (!first) return false;
  view.dispatch({
    selection: EditorSelection.single(first.from, first.to),
    effects: [preferFinding.of(id), EditorView.scrollIntoView(first.from, { y: 'center' })],
  });
  view.focus();
  return true;
}

/** The edits that apply a finding's suggestion: each span that differs from it (the panel counts them as places). */
export function suggestionChanges(state: EditorState, id: string): { from: number; to: number; insert: string }[] {
  const replacement = state.field(findingsField).byId.get(id)?.suggestion?.replacement;
  if (replacement === undefined) return [];
  return (rangesById(state).get(id) ?? [])
    .filter((r) => state.sliceDoc(r.from, r.to) !== replacement)
    .map((r) => ({ from: r.from, to: r.to, insert: replacement }));
}

/**
 * Replaces every span of the findings that differs from its suggestion, as ONE undoable edit
 * (one finding, or a bundle's 全部改正). The changes made, or undefined when there was nothing to change.
 */
export function applySuggestions(view: EditorView, ids: readonly string[]): ChangeSet | undefined {
  const changes = ids.flatMap((id) => suggestionChanges(view.state, id));
  if (changes.length === 0) return undefined;
  const tr = view.state.update({ changes, userEvent: 'input.apply', scrollIntoView: true });
  view.dispatch(tr);
  return tr.changes;
}

/** Applies one finding's suggestion and gives the editor focus (before the review is loaded). */
export function applySuggestion(view: EditorView, id: string): boolean {
  if (!applySuggestions(view, [id])) return false;
  view.focus();
  return true;
}
