import type { EditorState } from '@codemirror/state';
import { acceptedFixes, type AcceptedFix } from '../../../core/cleanCopy/acceptedFixes';
import type { Finding } from '../../../core/finding';
import { findingsField, rangesOf } from '../../editor/findingsField';

/**
 * Core's acceptedFixes over `state`'s text: the findings are taken at their marks' current
 * positions, so edits made since the last check cannot shift a fix onto the wrong text.
 */
export function acceptedFixesInState(state: EditorState, acceptedIds: ReadonlySet<string>): AcceptedFix[] {
  const { byId } = state.field(findingsField);
  const current: Finding[] = [];
  for (const id of acceptedIds) {
    const finding = byId.get(id);
    const first = rangesOf(state, id)[0];
    if (finding && first) current.push({ ...finding, spans: [{ start: first.from, end: first.to, text: state.sliceDoc(first.from, first.to) }] });
  }
  return acceptedFixes(current, acceptedIds);
}
