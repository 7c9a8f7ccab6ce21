import type { EditorView } from '@codemirror/view';
import { findingsField, rangesOf } from './findingsField';
import { variantEvidenceOf } from '../components/variants/variantEvidenceOf';

/**
 * "统一为此写法": replaces every span of the group's other forms with `form`, as one transaction
 * (one undo step). Spans are taken where the marks are now, so edits since the check are respected;
 * a span whose text is no longer one of the group's forms is left alone.
 */
export function unifyVariants(view: EditorView, id: string, form: string): boolean {
  const { state } = view;
  const evidence = variantEvidenceOf(state.field(findingsField).byId.get(id));
  if (!evidence || !evidence.forms.some((f) => f.text === form)) return false;
  const others = new Set(evidence.forms.map((f) => f.text).filter((text) => text !== form));
  const changes = rangesOf(state, id)
    .filter((r) => others.has(state.sliceDoc(r.from, r.to)))
    .map((r) => ({ from: r.from, to: r.to, insert: form }));
  if (changes.length === 0) return false;
  view.dispatch({ changes, userEvent: 'input.unify', scrollIntoView: true });
  view.focus();
  return true;
}
