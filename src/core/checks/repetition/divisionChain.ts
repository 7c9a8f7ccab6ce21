import { isWithin, type GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import type { Place } from '../../gazetteer/place';
import { placeNameLengths } from '../../entities/regionPrefixes';

/** Division names are read this long at most (内蒙古自治区 is 6, 五大连池市 5). */
const LONGEST_NAME = 12;

/**
 * Whether a doubled run is where three division names meet, each within the one before, so that
 * the address is right as written: 佳木斯市|同江市|同江镇 repeats 市同江 because a county-level city
 * under a prefecture-level city shares its name with its seat town (49 such pairs in the gazetteer).
 * A name must straddle the seam between the run's first and second copies, the name right before
 * it must enclose it and the name right after it lie within it. The same run with a city that does
 * not enclose the middle name (石家庄市同江市同江镇) is still a doubling. Names ending at a position
 * are found through the place extractor's table of name lengths.
 */
export function isDivisionChain(index: GazetteerIndex, text: string, start: number, unit: number): boolean {
  const seam = start + unit;
  for (let to = seam + 1; to <= Math.min(seam + LONGEST_NAME, text.length); to++) {
    for (const from of namesEndingAt(index, text, to)) {
      if (from <= start || from >= seam) continue;
      const middle = index.named(text.slice(from, to));
      if (encloses(placesEndingAt(index, text, from), middle) && encloses(middle, placesStartingAt(index, text, to))) return true;
    }
  }
  return false;
}

/** Where the divisions' full names ending at `end` in `text` start. */
function namesEndingAt(index: GazetteerIndex, text: string, end: number): number[] {
  return placeNameLengths(index)
    .endingAt(text, end)
    .filter((length) => length <= end && index.hasNameAt(text, end - length, end))
    .map((length) => end - length);
}

/** Whether some division of `outer` encloses some division of `inner`. */
function encloses(outer: readonly Place[], inner: readonly Place[]): boolean {
  return inner.some((place) => outer.some((parent) => isWithin(place, parent.code)));
}

/** The divisions whose full name ends at `end` in `text`. */
function placesEndingAt(index: GazetteerIndex, text: string, end: number): Place[] {
  return namesEndingAt(index, text, end).flatMap((from) => index.named(text.slice(from, end)));
}

/** The divisions whose full name starts at `start` in `text`. */
function placesStartingAt(index: GazetteerIndex, text: string, start: number): Place[] {
  const places: Place[] = [];
  for (let end = start + 2; end <= Math.min(text.length, start + LONGEST_NAME); end++) {
    if (index.hasNameAt(text, start, end)) places.push(...index.named(text.slice(start, end)));
  }
  return places;
}
