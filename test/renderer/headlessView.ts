import { EditorState, type Transaction } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { Finding } from '../../src/core/finding';
import { findingsField, setFindings } from '../../src/renderer/editor/findingsField';

/** Just what the apply functions use of a view: its state and dispatch (no DOM in unit tests), holding `findings`. */
export function headlessView(text: string, findings: readonly Finding[]): EditorView {
  const view = {
    state: EditorState.create({ doc: text, extensions: [findingsField] }),
    dispatch(tr: Transaction) {
      view.state = tr.state;
    },
  };
  view.dispatch(view.state.update({ effects: setFindings.of(findings) }));
  return view as unknown as EditorView;
}
