/**
 * URLs and e-mail addresses (ASCII only, so Chinese text glued to a URL stays outside it):
 * their dots, colons and commas are not Chinese punctuation. An e-mail address is tried only
 * where a run of its characters begins: tried inside the run as well, a long run of letters in a
 * paragraph holding an @ backtracked at every position (quadratic).
 */
const URL_OR_EMAIL =
  /(?:https?|ftp):\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~/?#@!$&'()*+,;=%]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@/;
/** Sentence punctuation right after a URL belongs to the sentence, not the URL. */
const TRAILING_SENTENCE_MARKS = /[.,;:!?)'"]+$/;

/** Half-open [start, end) ranges of a paragraph taken by URLs and e-mail addresses, in order. */
export function urlRanges(paragraph: string): [number, number][] {
  // The cheap test first: most paragraphs of a news draft hold no address at all.
  if (!MAY_HOLD_ADDRESS.test(paragraph)) return [];
  const ranges: [number, number][] = [];
  for (const m of paragraph.matchAll(URL_OR_EMAIL)) {
    const kept = m[0].replace(TRAILING_SENTENCE_MARKS, '');
    if (kept.length > 0) ranges.push([m.index, m.index + kept.length]);
  }
  return ranges;
}
