import type { EditorState } from '@codemirror/state';
import type { AcceptedFix } from '../../../core/cleanCopy/acceptedFixes';
import { findingsField, rangesOf } from '../../editor/findingsField';

/**
 * The accepted findings' suggestions as fixes over `state`'s text. Like core's acceptedFixes (the
 * suggestion replaces the first span), but at the marks' current positions, so edits made since
 * the last check cannot shift a fix onto the wrong text.
 */
export function acceptedFixesInState(state: EditorState, acceptedIds: ReadonlySet<string>): AcceptedFix[] {
  const { byId } = state.field(findingsField);
  const fixes: AcceptedFix[] = [];
  for (const id of acceptedIds) {
    const replacement = byId.get(id)?.suggestion?.replacement;
    const first = rangesOf(state, id)[0];
    if (replacement !== undefined && first) fixes.push({ start: first.from, end: first.to, replacement });
  }
  return fixes;
}
