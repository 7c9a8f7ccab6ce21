import { upperBound } from '../text/upperBound';

/** A document the draft was written from, as plain text (decoded, line endings normalised to `\n`). */
export interface SourceText {
  /** What the user calls it: the file name, shown in messages and citations. */
  name: string;
  text: string;
  /** Offsets where each page starts (PDF); absent for documents without pages. */
  pageStarts?: readonly number[];
}

/** The 1-based page holding `offset`, or undefined for a source without pages. */
export function pageOf(source: SourceText, offset: number): number | undefined {
  const starts = source.pageStarts;
  if (!starts || starts.length === 0) return undefined;
  return Math.max(1, upperBound(starts, offset));
}
