import { wordSegmenter } from '../text/wordSegmenter';
import { allMatches } from '../text/allMatches';
import { isHanCode } from '../text/cjk';

/**
 * Word boundaries of a paragraph from Intl.Segmenter's dictionary (ICU, in Node and Chromium alike);
 * unknown names come out as runs of single characters, and the extractors lay the draft's own names
 * (gazetteer divisions, titled people, department components) over them. Chosen over jieba-wasm and
 * a pure-TypeScript segmenter by measurement on 1 M characters of news: segmenting everything costs
 * 0.9–1.7 s CPU with any of them, so only windows around a candidate are segmented, and there
 * jieba-wasm is no faster than ICU while adding 4 MB of wasm and a CSP relaxation (segmentit needs 0.4 s to load).
 */
export interface WordBounds {
  /** Start of the word that ends at `end`; `end - 1` when no word ends exactly there. */
  startOfWordEndingAt(end: number): number;
  isBoundary(offset: number): boolean;
}

/** Intl.Segmenter is quadratic on long strings (docs/architecture.md, "Known limits of measurement"); feed it pieces no longer than this. */
const MAX_PIECE = 2000;
const PIECE_END = /[。！？!?；;\n]/g;

/**
 * Word boundaries of `paragraph`, asked of each sentence-sized piece only when a query reaches it:
 * most sentences hold no organisation or zone suffix and are never segmented. Queries go through
 * `containing()`, which segments only around the position asked, instead of walking every word of
 * the piece (five times faster on news text).
 */
export function wordBounds(paragraph: string): WordBounds {
  const ranges = pieces(paragraph);
  const segmented: (Intl.Segments | undefined)[] = new Array(ranges.length);
  // The last word asked for: a suffix's boundary and the scan back from it ask for the same word.
  let lastStart = 0;
  let lastEnd = 0;
  /** The end of the word of its piece holding `offset` (offset inside the paragraph), its start left in lastStart. */
  const wordEndAt = (offset: number): number => {
    if (offset >= lastStart && offset < lastEnd) return lastEnd;
    const i = pieceIndexOf(ranges, offset);
    const from = ranges[i]![0];
    const segments = (segmented[i] ??= wordSegmenter().segment(paragraph.slice(from, ranges[i]![1])));
    const word = segments.containing(offset - from)!;
    lastStart = from + word.index;
    lastEnd = lastStart + word.segment.length;
    return lastEnd;
  };
  return {
    startOfWordEndingAt: (end) => {
      // A Han character after a break-certain one starts its word: the answer is end - 1 whatever word it begins.
      if (end >= 1 && isHanCode(paragraph.charCodeAt(end - 1)) && (end === 1 || breaksBesideHan(paragraph.charCodeAt(end - 2)))) return end - 1;
      if (end < 1 || end > paragraph.length) return end - 1;
      return wordEndAt(end - 1) === end ? lastStart : end - 1;
    },
    isBoundary: (offset) => {
      if (offset <= 0 || offset >= paragraph.length) return true;
      const before = paragraph.charCodeAt(offset - 1);
      const after = paragraph.charCodeAt(offset);
      if ((isHanCode(after) && breaksBesideHan(before)) || (isHanCode(before) && breaksBesideHan(after))) return true;
      // Words tile each piece, and pieces the paragraph: a word starts here exactly where the one before ends.
      return wordEndAt(offset - 1) === offset;
    },
  };
}

/** Whether text[start, end) is one whole word of the segmenter's dictionary (大量, 委员). */
export function isOneWord(bounds: WordBounds, start: number, end: number): boolean {
  return bounds.isBoundary(start) && bounds.startOfWordEndingAt(end) === start;
}

/** Index of the piece holding `offset`, or -1. */
function pieceIndexOf(ranges: [number, number][], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // Read by index, not destructured: destructuring runs the iterator protocol, which allocates in cold code (docs/architecture.md, "Cold code").
    if (offset < ranges[mid]![0]) hi = mid - 1;
    else if (offset >= ranges[mid]![1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The sentence-sized pieces of `text`, each ending after a sentence end or MAX_PIECE characters.
 * A plain function, not a generator: V8's optimizing compiler took the generator ≈ 9 ms a 1 MB
 * check (twice in most runs), and never needs this one (docs/speed-log.md).
 */
function pieces(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  const ends = allMatches(PIECE_END, text);
  for (let k = 0; k < ends.length; k++) {
    addPieces(ranges, from, ends[k]!.index + 1);
    from = ends[k]!.index + 1;
  }
  addPieces(ranges, from, text.length);
  return ranges;
}

/** text[from, end) as pieces of at most MAX_PIECE characters. */
function addPieces(ranges: [number, number][], from: number, end: number): void {
  for (; end - from > MAX_PIECE; from += MAX_PIECE) ranges.push([from, from + MAX_PIECE]);
  if (end > from) ranges.push([from, end]);
}

/**
 * Whether the word rules (UAX #29 as ICU applies them) always break between this character and a
 * Han one on either side: printable ASCII, CJK and general punctuation, full-width forms. None of
 * them joins a Han character in any rule, and the dictionary segments only runs of Han (and kana),
 * so the boundary needs no call into ICU (a quarter of the extractors' questions on news text).
 * Format and joiner characters (U+200B–U+200F, U+2060…) are not among them: they attach to the character before.
 */
export function breaksBesideHan(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x7e) ||
    (code >= 0x3001 && code <= 0x3003) ||
    (code >= 0x3008 && code <= 0x301f) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0xff01 && code <= 0xff5e)
  );
}
