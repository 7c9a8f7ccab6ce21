/** Word boundaries of a paragraph from Intl.Segmenter's dictionary; unknown names come out as runs of single characters. */
export interface WordBounds {
  /** Start of the word that ends at `end`; `end - 1` when no word ends exactly there. */
  startOfWordEndingAt(end: number): number;
  isBoundary(offset: number): boolean;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Intl.Segmenter is quadratic on long strings (DESIGN.md); feed it pieces no longer than this. */
const MAX_PIECE = 2000;
const PIECE_END = /[。！？!?；;\n]/g;

/**
 * Word boundaries of `paragraph`, segmenting each sentence-sized piece only when a query reaches
 * it: most sentences hold no organisation or zone suffix and are never segmented.
 */
export function wordBounds(paragraph: string): WordBounds {
  const startOf = new Int32Array(paragraph.length + 1).fill(-1);
  const ranges = [...pieces(paragraph)];
  const done = new Uint8Array(ranges.length);
  const ensure = (offset: number): void => {
    const i = pieceIndexOf(ranges, offset);
    if (i < 0 || done[i]) return;
    done[i] = 1;
    const [from, to] = ranges[i]!;
    startOf[from] = from;
    for (const s of segmenter.segment(paragraph.slice(from, to))) startOf[from + s.index + s.segment.length] = from + s.index;
  };
  return {
    startOfWordEndingAt: (end) => {
      ensure(end - 1);
      return (startOf[end] ?? -1) >= 0 ? startOf[end]! : end - 1;
    },
    isBoundary: (offset) => {
      ensure(offset - 1);
      ensure(offset);
      return offset === 0 || (startOf[offset] ?? -1) >= 0;
    },
  };
}

/** Index of the piece holding `offset`, or -1. */
function pieceIndexOf(ranges: [number, number][], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid]!;
    if (offset < from) hi = mid - 1;
    else if (offset >= to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function* pieces(text: string): Generator<[number, number]> {
  let from = 0;
  const ends = [...text.matchAll(PIECE_END)].map((m) => m.index + 1);
  ends.push(text.length);
  for (const end of ends) {
    while (end - from > MAX_PIECE) {
      yield [from, from + MAX_PIECE];
      from += MAX_PIECE;
    }
    if (end > from) yield [from, end];
    from = end;
  }
}
