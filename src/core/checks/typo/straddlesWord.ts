import type { TypoLexicon } from './typoLexicon';

/** The dictionary words [s, e) that overlap [start, end) without lying inside it. */
export function* overlappingWords(text: string, start: number, end: number, lexicon: TypoLexicon): Generator<[number, number]> {
  const longest = lexicon.maxWordLength;
  for (let s = Math.max(0, start - longest + 1); s < end; s++) {
    for (let len = 2; len <= longest && s + len <= text.length; len++) {
      const e = s + len;
      const crosses = (s < start && e > start) || (s < end && e > end);
      if (crosses && lexicon.cost(text, s, len) !== undefined) yield [s, e];
    }
  }
}

/**
 * Whether a dictionary word overlaps [start, end) without lying inside it: then the characters
 * there read as parts of other words (完善长效 holds 善长 but reads 完善 / 长效), not as one misspelling.
 */
export function straddlesWord(text: string, start: number, end: number, lexicon: TypoLexicon): boolean {
  return !overlappingWords(text, start, end, lexicon).next().done;
}
