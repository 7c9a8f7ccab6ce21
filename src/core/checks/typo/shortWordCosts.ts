/**
 * Characters are keyed over the CJK blocks (Extension A to the end of the Unified block). The bounds
 * are repeated in each code-indexed table rather than imported: an imported helper on these paths
 * costs a third of the family's time under the CommonJS transform tsx and vitest apply.
 */
const FIRST_CODE = 0x3400;
const RANGE = 0x9fff - FIRST_CODE + 1;
const EMPTY = -1;
/** Returned for text this table cannot key (a character outside the CJK blocks). */
export const UNKEYED = -2;

/** A ShortWordCosts as its arrays: what the build stores (typoFastTables.ts) and a run reads back. */
export interface ShortWordCostsArrays {
  /** Open-addressed slots, a power of two of them; EMPTY where none. */
  keys: Int32Array;
  costs: Uint16Array;
  width: 1 | 2;
}

/**
 * Costs of the one- and two-character words in an open-addressed hash keyed by character codes:
 * the check asks for these hundreds of thousands of times a megabyte, where a binary search in the
 * sorted table (SortedWords) costs a dozen string comparisons each.
 */
export class ShortWordCosts {
  private readonly keys: Int32Array;
  private readonly costs: Uint16Array;
  private readonly mask: number;
  private readonly width: 1 | 2;

  private constructor({ keys, costs, width }: ShortWordCostsArrays) {
    this.keys = keys;
    this.costs = costs;
    this.width = width;
    this.mask = keys.length - 1;
  }

  /** `words`: keys of `width` (1 or 2) characters, concatenated; `costs`: one code unit per key. */
  static ofWords(words: string, costs: string, width: 1 | 2): ShortWordCosts {
    let size = 1;
    while (size < costs.length * 2) size *= 2;
    const table = new ShortWordCosts({ keys: new Int32Array(size).fill(EMPTY), costs: new Uint16Array(size), width });
    for (let n = 0; n < costs.length; n++) table.insert(table.keyOf(words, n * width), costs.charCodeAt(n));
    return table;
  }

  /** Arrays made by `arrays()`, as read back from the build's file; undefined when they are not a table. */
  static ofArrays(arrays: ShortWordCostsArrays): ShortWordCosts | undefined {
    const size = arrays.keys.length;
    if (size === 0 || (size & (size - 1)) !== 0 || arrays.costs.length !== size || (arrays.width !== 1 && arrays.width !== 2)) return undefined;
    return new ShortWordCosts(arrays);
  }

  arrays(): ShortWordCostsArrays {
    return { keys: this.keys, costs: this.costs, width: this.width };
  }

  private insert(key: number, cost: number): void {
    if (key < 0) return;
    let slot = this.slotOf(key);
    while (this.keys[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.costs[slot] = cost;
  }

  /** The cost code of the word text[start, start + width), −1 if none, or UNKEYED. */
  find(text: string, start: number): number {
    const key = this.keyOf(text, start);
    if (key < 0) return UNKEYED;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & this.mask) {
      const held = this.keys[slot]!;
      if (held === key) return this.costs[slot]!;
      if (held === EMPTY) return -1;
    }
  }

  private keyOf(text: string, start: number): number {
    const a = text.charCodeAt(start) - FIRST_CODE;
    if (!(a >= 0 && a < RANGE)) return UNKEYED;
    if (this.width === 1) return a;
    const b = text.charCodeAt(start + 1) - FIRST_CODE;
    return b >= 0 && b < RANGE ? a * RANGE + b : UNKEYED;
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
  }
}
