import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { PlacedParagraph } from './alikePeople';
import { CodeSet } from '../text/codeSet';
import { maskedName } from './maskedName';
import { mentionForm, type Mention } from './mention';
import { divisionGenericStartsWord } from './divisionGenericStartsWord';
import { DIVISION_GENERICS } from './divisionGenerics';
import { genericStartsWord } from './titleWords';

/** The generics of the names whose slips are read (known names need none to be read themselves). */
const GENERICS = new Set(DIVISION_GENERICS);
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
 * draft: one pass over each paragraph, and only where a known name's first character stands are its
 * lengths tried.
 */
export function alikePlaces(
  paragraphs: readonly PlacedParagraph[],
  places: readonly Mention[],
  index: GazetteerIndex,
  isAlike: (a: string, b: string) => boolean,
): Mention[] {
  const byMask = new Map<string, Mention[]>();
  // The lengths of the known names by their first character, and the length with the last character
  // of each: a position is looked at only where a first character is found, and a string is made
  // only where the last character fits too.
  const lengthsByFirst = new Map<number, Set<number>>();
  const lasts = new Set<number>();
  const seen = new Set<string>();
  for (const m of places) {
    const bodyEnd = m.text.length - m.category.length;
    // A division named like a body (林业局, 农场) is read inside the body's name as often as on its own: only names with a division's generic.
    if (seen.has(m.text) || m.text.length < SHORTEST_NAME || bodyEnd < 2 || !GENERICS.has(m.category) || !m.text.endsWith(m.category) || (m.places?.length ?? 0) === 0) continue;
    seen.add(m.text);
    const first = m.text.charCodeAt(0);
    const lengths = lengthsByFirst.get(first) ?? new Set<number>();
    lengthsByFirst.set(first, lengths.add(m.text.length));
    lasts.add(lengthWith(m.text.length, m.text.charCodeAt(m.text.length - 1)));
    for (let k = 1; k < bodyEnd; k++) {
      const key = maskedName(m.text, k);
      const list = byMask.get(key);
      if (list) list.push(m);
      else byMask.set(key, [m]);
    }
  }
  if (byMask.size === 0) return [];
  const taken = takenSpans(places, paragraphs);
  // What each window's text is a slip of (null: of nothing), judged once: a draft writes the same few again and again.
  const slips = new Map<string, Mention | null>();
  const firsts = new CodeSet(lengthsByFirst.keys());
  const found: Mention[] = [];
  for (const p of paragraphs) {
    for (let i = 0; i < p.text.length; i++) {
      const code = p.text.charCodeAt(i);
      if (!firsts.has(code)) continue;
      const start = p.start + i;
      // Most first characters found start a place already read: no window from there is a slip.
      if (taken.overlaps(start, start + 1)) continue;
      for (const length of lengthsByFirst.get(code)!) {
        if (i + length > p.text.length || !lasts.has(lengthWith(length, p.text.charCodeAt(i + length - 1))) || taken.overlaps(start, start + length)) continue;
        const candidate = p.text.slice(i, i + length);
        let slip = slips.get(candidate);
        if (slip === undefined) slips.set(candidate, (slip = index.hasName(candidate) ? null : (slipOf(candidate, byMask, isAlike) ?? null)));
        if (!slip) continue;
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
        break;
      }
    }
  }
  // Each slip is read whole: of two that overlap, the one starting first stands.
  found.sort((a, b) => a.start - b.start);
  const kept: Mention[] = [];
  for (const m of found) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

function lengthWith(length: number, code: number): number {
  return (length << 16) | code;
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

/**
 * The characters of the draft inside a place already read, asked whether a window overlaps one: one
 * flag a character, so the question costs the window's few characters however many places there are.
 */
function takenSpans(places: readonly Mention[], paragraphs: readonly PlacedParagraph[]): { overlaps(start: number, end: number): boolean } {
  const last = paragraphs[paragraphs.length - 1];
  const covered = new Uint8Array(last ? last.start + last.text.length : 0);
  for (const m of places) covered.fill(1, m.start, m.end);
  return {
    overlaps(start, end) {
      for (let k = start; k < end; k++) if (covered[k] === 1) return true;
      return false;
    },
  };
}
