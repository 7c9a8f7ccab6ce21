import type { InlinePart, ParagraphRow } from '../../../core/diff/revisionDiff';

/** Which text a cell shows: the old revision, the new one, or both merged (inline mode). */
export type CompareSide = 'old' | 'new' | 'inline';

/** A run of a paragraph as shown: plain text, or text removed (<del>) or added (<ins>) inside a changed paragraph. */
export interface Segment {
  mark: 'text' | 'del' | 'ins';
  text: string;
}

/**
 * The segments of one row for one side. Rows without inline parts show their paragraph whole
 * (added, removed and moved paragraphs are marked by the row's style, not by <del>/<ins>).
 * A change the ignore options hide shows as plain text in the revision of the side shown
 * (the new one inline).
 */
export function paragraphSegments(row: ParagraphRow, side: CompareSide, oldText: string, newText: string): Segment[] {
  if (!row.parts) {
    const useOld = side === 'old' || (side === 'inline' && row.newStart === null);
    const start = useOld ? row.oldStart : row.newStart;
    const end = useOld ? row.oldEnd : row.newEnd;
    if (start === null || end === null) return [];
    return [{ mark: 'text', text: (useOld ? oldText : newText).slice(start, end) }];
  }
  const segments: Segment[] = [];
  for (const part of row.parts) {
    const mark = partMark(part, side);
    if (mark === null) continue;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += part.text;
    else segments.push({ mark, text: part.text });
  }
  return segments;
}

function partMark(part: InlinePart, side: CompareSide): Segment['mark'] | null {
  if (part.op === 'equal') return 'text';
  const own = part.op === 'removed' ? side !== 'new' : side !== 'old';
  if (!own) return null;
  if (part.trivial) return side === 'inline' && part.op === 'removed' ? null : 'text';
  return part.op === 'removed' ? 'del' : 'ins';
}
