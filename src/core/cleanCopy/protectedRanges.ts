/** URLs and e-mail addresses: their dots, colons and slashes are never Chinese punctuation. */
const URL_OR_EMAIL = /(?:https?|ftp):\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|www\.[A-Za-z0-9\-._~/?#@!$&'()*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** Sentence punctuation right after a URL belongs to the sentence, not the URL. */
const TRAILING_SENTENCE_MARKS = /[.,;:!?)'"]+$/;

/** Half-open [start, end) ranges of a line that punctuation cleaning must leave alone. */
export function protectedRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of line.matchAll(URL_OR_EMAIL)) {
    const trimmed = m[0].replace(TRAILING_SENTENCE_MARKS, '');
    ranges.push([m.index, m.index + trimmed.length]);
  }
  return ranges;
}
