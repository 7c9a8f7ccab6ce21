import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { PlacedParagraph } from './alikePeople';
import { maskedName } from './maskedName';
import { mentionForm, type Mention } from './mention';
import { divisionGenericStartsWord } from './divisionGenericStartsWord';
import { genericStartsWord } from './titleWords';

/** Shorter names (沛县, 张镇) have a one-character body: a slip of it is another name, not the same one misspelt. */
const SHORTEST_NAME = 3;

/**
 * Occurrences, anywhere in the draft, of an official place name the draft writes, with one character
 * of its body written as `isAlike` holds a slip of it (苏州市 … 苏皱市, 北京市 … 北井市): the draft's
 * own place names are the dictionary, as for people (alikePeople.ts). The paragraph readers take an
 * unknown name only after a clear boundary, so a slip glued to the word before it (近两年苏皱市) or
 * whose body reads as a word (北井) is found only here. The first character and the generic are
 * never the slip (as with counties, countySlips.ts); a name the gazetteer has is another place
 * (北海市 is no slip of 北京市), and a generic that starts a word (北京|市场) is none. Linear in the
 * draft: at each position starting a known name's first character, each of its lengths is tried.
 */
export function alikePlaces(
  paragraphs: readonly PlacedParagraph[],
  places: readonly Mention[],
  index: GazetteerIndex,
  isAlike: (a: string, b: string) => boolean,
): Mention[] {
  const byMask = new Map<string, Mention[]>();
  const lengths = new Set<number>();
  const seen = new Set<string>();
  for (const m of places) {
    const bodyEnd = m.text.length - m.category.length;
    if (seen.has(m.text) || m.text.length < SHORTEST_NAME || bodyEnd < 2 || !m.text.endsWith(m.category) || (m.places?.length ?? 0) === 0) continue;
    seen.add(m.text);
    lengths.add(m.text.length);
    for (let k = 1; k < bodyEnd; k++) {
      const key = maskedName(m.text, k);
      const list = byMask.get(key);
      if (list) list.push(m);
      else byMask.set(key, [m]);
    }
  }
  if (byMask.size === 0) return [];
  const firstChars = new Set([...byMask.values()].map((list) => list[0]!.text.charCodeAt(0)));
  const taken = takenSpans(places);
  const found: Mention[] = [];
  for (const p of paragraphs) {
    for (let i = 0; i < p.text.length; i++) {
      if (!firstChars.has(p.text.charCodeAt(i))) continue;
      for (const length of lengths) {
        const start = p.start + i;
        if (i + length > p.text.length || taken.overlaps(start, start + length)) continue;
        const candidate = p.text.slice(i, i + length);
        const slip = slipOf(candidate, byMask, isAlike);
        if (!slip || index.hasName(candidate)) continue;
        const genericAt = i + length - slip.category.length;
        if (genericStartsWord(p.text, genericAt) || divisionGenericStartsWord(p.text, genericAt)) continue;
        found.push({
          kind: 'place',
          start,
          end: start + length,
          text: candidate,
          form: mentionForm(start, start + length, candidate),
          category: slip.category,
          sentence: p.sentenceAt(i),
          places: [],
        });
        // The slip is read whole: no other starts inside it.
        i += length - 1;
        break;
      }
    }
  }
  return found;
}

/** The known place `candidate` is a one-character slip of, if any. */
function slipOf(candidate: string, byMask: ReadonlyMap<string, readonly Mention[]>, isAlike: (a: string, b: string) => boolean): Mention | undefined {
  for (let k = 1; k < candidate.length - 1; k++) {
    for (const known of byMask.get(maskedName(candidate, k)) ?? []) {
      if (candidate.endsWith(known.category) && known.text[k] !== candidate[k] && isAlike(candidate[k]!, known.text[k]!)) return known;
    }
  }
  return undefined;
}

/** The spans of the places already read, asked whether a window overlaps one: by start, with the furthest end so far. */
function takenSpans(places: readonly Mention[]): { overlaps(start: number, end: number): boolean } {
  const spans = places.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  const furthestEnd: number[] = [];
  for (const [, end] of spans) furthestEnd.push(Math.max(end, furthestEnd[furthestEnd.length - 1] ?? 0));
  return {
    overlaps(start, end) {
      // The spans starting before `end`; one of them overlaps when the furthest of their ends passes `start`.
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (spans[mid]![0] < end) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && furthestEnd[lo - 1]! > start;
    },
  };
}
