import type { ParagraphRow } from '../../../core/diff/revisionDiff';

/** A row that is only a blank line on the side(s) it has: it separates paragraphs, so it is drawn as a thin gap. */
export function isBlankRow(row: ParagraphRow, oldText: string, newText: string): boolean {
  const blank = (text: string, start: number | null, end: number | null) => start === null || end === null || text.slice(start, end).trim() === '';
  return blank(oldText, row.oldStart, row.oldEnd) && blank(newText, row.newStart, row.newEnd);
}
