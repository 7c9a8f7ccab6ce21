/**
 * Equal-length keys sorted and concatenated into one string, searched in place: a table of a
 * hundred thousand words costs one string at load, where a Map would cost a second.
 * Where each first character's keys start and end is found on the first search that needs it, so
 * a search spans a few keys and a run that searches little reads no more of the table than it needs.
 */
/** First characters are indexed over the CJK blocks (Extension A to the end of the Unified block). */
const FIRST_CODE = 0x3400;
const LAST_CODE = 0x9fff;
/** A first character whose keys' place is not yet known. */
const UNKNOWN = -1;

export class SortedWords {
  readonly count: number;
  /** For each first character: where its keys start and end (end 0 when there are none, UNKNOWN until searched). */
  private readonly starts = new Int32Array(LAST_CODE - FIRST_CODE + 1);
  private readonly ends = new Int32Array(LAST_CODE - FIRST_CODE + 1).fill(UNKNOWN);

  constructor(
    private readonly keys: string,
    readonly width: number,
  ) {
    this.count = keys.length / width;
  }

  /** Index of the key equal to text[start, start + width), or −1. */
  find(text: string, start: number): number {
    const slot = text.charCodeAt(start) - FIRST_CODE;
    const end = this.endOf(slot);
    if (end === 0) return -1;
    const at = this.lowerBound(text, start, this.width, this.starts[slot]!, end);
    return at < end && this.compare(at, text, start, this.width) === 0 ? at : -1;
  }

  /**
   * Index of the first key equal to the `width` characters of text from `start` that remain when
   * the one at offset `skip` (of width + 1) is passed over, or −1. Equal keys follow it (see `equalsAt`).
   */
  firstEqual(text: string, start: number, skip: number): number {
    const slot = text.charCodeAt(skip === 0 ? start + 1 : start) - FIRST_CODE;
    const end = this.endOf(slot);
    if (end === 0) return -1;
    // One-character keys are all equal within their first character's range.
    if (this.width === 1) return this.starts[slot]!;
    const first = this.lowerBound(text, start, this.width, this.starts[slot]!, end, skip);
    return first < end && this.equalsAt(first, text, start, skip) ? first : -1;
  }

  /** Whether key `at` equals the text from `start` with offset `skip` passed over. */
  equalsAt(at: number, text: string, start: number, skip: number): boolean {
    return at < this.count && this.compare(at, text, start, this.width, skip) === 0;
  }

  /** The end of the keys starting with the character of `slot` (0 when there are none); their start is then in `starts`. */
  private endOf(slot: number): number {
    if (!(slot >= 0 && slot < this.ends.length)) return 0;
    const known = this.ends[slot]!;
    if (known !== UNKNOWN) return known;
    const start = this.firstWithCodeAtLeast(slot + FIRST_CODE);
    const end = this.firstWithCodeAtLeast(slot + FIRST_CODE + 1);
    this.starts[slot] = start;
    this.ends[slot] = end > start ? end : 0;
    return this.ends[slot]!;
  }

  /** The first key whose first character's code is at least `code`. */
  private firstWithCodeAtLeast(code: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys.charCodeAt(mid * this.width) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First key in [lo, hi) not less than the text at `start` compared on its first `length` characters (skipping offset `skip`). */
  private lowerBound(text: string, start: number, length: number, lo: number, hi: number, skip = length): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, text, start, length, skip) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Compares key `at` on its first `length` characters with the text from `start`, passing over offset `skip` of the text. */
  private compare(at: number, text: string, start: number, length: number, skip = length): number {
    const base = at * this.width;
    for (let k = 0; k < length; k++) {
      const d = this.keys.charCodeAt(base + k) - text.charCodeAt(start + k + (k >= skip ? 1 : 0));
      if (d !== 0) return d;
    }
    return 0;
  }
}
