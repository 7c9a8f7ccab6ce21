import type { Finding } from '../finding';
import { compareEdits, editsOverlap, type CleanEdit } from './cleanEdit';

/** A fix the reviewer accepted: replace the original text's [start, end) with `replacement`. */
export interface AcceptedFix {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The accepted findings' suggestions as fixes: a finding counts when its id is in `acceptedIds`
 * and it has a suggestion, which replaces its first span (where the checks put the flagged text).
 */
export function acceptedFixes(findings: readonly Finding[], acceptedIds: ReadonlySet<string>): AcceptedFix[] {
  const fixes: AcceptedFix[] = [];
  for (const f of findings) {
    const span = f.spans[0];
    if (span && f.suggestion && acceptedIds.has(f.id)) fixes.push({ start: span.start, end: span.end, replacement: f.suggestion.replacement });
  }
  return fixes;
}

/** The fixes as edits, in order; a fix that overlaps an earlier one is dropped (two verdicts on one span cannot both apply). */
export function suggestionEdits(fixes: readonly AcceptedFix[], textLength: number): CleanEdit[] {
  const sorted = fixes.filter((f) => f.start >= 0 && f.start <= f.end && f.end <= textLength).sort(compareEdits);
  const edits: CleanEdit[] = [];
  for (const f of sorted) {
    const edit: CleanEdit = { start: f.start, end: f.end, replacement: f.replacement, transform: 'applySuggestions', kind: 'accepted' };
    if (edits.length === 0 || !editsOverlap(edits[edits.length - 1]!, edit)) edits.push(edit);
  }
  return edits;
}
