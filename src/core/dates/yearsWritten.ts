import { lowerBound } from '../numbers/lowerBound';
import { normalizeDigits } from '../numbers/normalizeDigits';
import { allMatches } from '../text/allMatches';

/** A year written out in the draft (2016年), with where it stands. */
export interface YearMention {
  offset: number;
  year: number;
}

const YEAR = /(?<![\d.])((?:1[89]|20)\d\d)\s*年/g;

/** Every year written out in `text`, in order. */
export function yearsWritten(text: string): YearMention[] {
  return allMatches(YEAR, normalizeDigits(text)).map((m) => ({ offset: m.index, year: Number(m[1]) }));
}

/** The last year written before `offset`: the year a passage without its own year is about. */
export function yearBefore(years: readonly YearMention[], offset: number): number | undefined {
  const next = lowerBound(years, offset, (y) => y.offset);
  return next > 0 ? years[next - 1]!.year : undefined;
}
