/** What the panel, the toolbar, the menu and F8 do to the editor. */
import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { findingsField, locateFindings, preferFinding, rangesOf } from './findingsField';
import { stepFinding } from './findingNavigation';

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

/** F8 / Shift+F8: the next or previous finding from the cursor, wrapping around. */
export function moveToFinding(view: EditorView, direction: 1 | -1): boolean {
  const { state } = view;
  const target = stepFinding(locateFindings(state), state.selection.main.from, state.field(findingsField).selectedId, direction);
  return target ? goToFinding(view, target.id) : false;
}

/** Replaces every span of the finding that differs from its suggestion, as one undoable edit. */
export function applySuggestion(view: EditorView, id: string): boolean {
  const { state } = view;
  const replacement = state.field(findingsField).byId.get(id)?.suggestion?.replacement;
  if (replacement === undefined) return false;
  const changes = rangesOf(state, id)
    .filter((r) => state.sliceDoc(r.from, r.to) !== replacement)
    .map((r) => ({ from: r.from, to: r.to, insert: replacement }));
  if (changes.length === 0) return false;
  view.dispatch({ changes, userEvent: 'input.apply', scrollIntoView: true });
  view.focus();
  return true;
}
