/**
 * A paragraph as diff tokens: a run of digits (with its decimal and thousands separators), a
 * run of Latin letters, a run of whitespace, or a single other code point — so each Han
 * character and each punctuation mark is its own token. Numbers and Latin words stay whole
 * ([-2637-]{+2673+}, not 26[-3-]7{+3+}); Chinese is never one long token.
 * `ids` identify token texts (equal text, equal id, within one `TokenIds`); `ends` are offsets.
 */
export interface Tokens {
  ids: Int32Array;
  ends: Int32Array;
}

/** Numbers the multi-character tokens of one comparison; single characters are their own code. */
export class TokenIds {
  private readonly ids = new Map<string, number>();

  tokenize(text: string): Tokens {
    const n = text.length;
    const ids = new Int32Array(n);
    const ends = new Int32Array(n);
    let count = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = classOf(c);
      let j = i + 1;
      if (cls === DIGIT) {
        while (j < n) {
          const d = text.charCodeAt(j);
          if (classOf(d) === DIGIT) j++;
          else if ((d === 0x2e || d === 0x2c || d === 0xff0e) && j + 1 < n && classOf(text.charCodeAt(j + 1)) === DIGIT) j += 2;
          else break;
        }
      } else if (cls === LATIN || cls === SPACE) {
        while (j < n && classOf(text.charCodeAt(j)) === cls) j++;
      } else if (c >= 0xd800 && c <= 0xdbff && j < n) {
        j++;
      }
      ids[count] = j === i + 1 ? c : this.idOf(text.slice(i, j));
      ends[count++] = j;
      i = j;
    }
    return { ids: ids.subarray(0, count), ends: ends.subarray(0, count) };
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = FIRST_MULTI_ID + this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }
}

/** Above every UTF-16 code unit, so single-character ids never collide with multi-character ones. */
const FIRST_MULTI_ID = 0x10000;
const OTHER = 0;
const DIGIT = 1;
const LATIN = 2;
const SPACE = 3;

function classOf(c: number): number {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return DIGIT;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN;
  if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0) return SPACE;
  return OTHER;
}
