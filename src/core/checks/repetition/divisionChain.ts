import { isWithin, type GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import type { Place } from '../../gazetteer/place';

/** Division names are read this long at most (内蒙古自治区 is 6, 五大连池市 5); shorter than 2 none is. */
const LONGEST_NAME = 12;
const SHORTEST_NAME = 2;

/**
 * Whether a doubled run is where three division names meet, each within the one before, so that
 * the address is right as written: 佳木斯市|同江市|同江镇 repeats 市同江 because a county-level city
 * under a prefecture-level city shares its name with its seat town (49 such pairs in the gazetteer).
 * A name must straddle the seam between the run's first and second copies, the name right before
 * it must enclose it and the name right after it lie within it. The same run with a city that does
 * not enclose the middle name (石家庄市同江市同江镇) is still a doubling.
 */
export function isDivisionChain(index: GazetteerIndex, text: string, start: number, unit: number): boolean {
  const seam = start + unit;
  for (let from = start + 1; from < seam; from++) {
    for (let to = seam + 1; to <= Math.min(from + LONGEST_NAME, text.length); to++) {
      if (!index.hasNameAt(text, from, to)) continue;
      const middle = index.named(text.slice(from, to));
      if (encloses(namesEndingAt(index, text, from), middle) && encloses(middle, namesStartingAt(index, text, to))) return true;
    }
  }
  return false;
}

/** Whether some division of `outer` encloses some division of `inner`. */
function encloses(outer: readonly Place[], inner: readonly Place[]): boolean {
  return inner.some((place) => outer.some((parent) => isWithin(place, parent.code)));
}

/** The divisions whose full name ends at `end` in `text`. */
function namesEndingAt(index: GazetteerIndex, text: string, end: number): Place[] {
  const places: Place[] = [];
  for (let from = Math.max(0, end - LONGEST_NAME); from <= end - SHORTEST_NAME; from++) {
    if (index.hasNameAt(text, from, end)) places.push(...index.named(text.slice(from, end)));
  }
  return places;
}

/** The divisions whose full name starts at `start` in `text`. */
function namesStartingAt(index: GazetteerIndex, text: string, start: number): Place[] {
  const places: Place[] = [];
  for (let to = start + SHORTEST_NAME; to <= Math.min(text.length, start + LONGEST_NAME); to++) {
    if (index.hasNameAt(text, start, to)) places.push(...index.named(text.slice(start, to)));
  }
  return places;
}
