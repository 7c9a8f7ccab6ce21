import type { CompletionTable } from './typoLexicon';
import { ShortWordCosts, type ShortWordCostsArrays } from './shortWordCosts';

/** Characters are indexed over the CJK blocks (Extension A to the end of the Unified block). */
const FIRST_CODE = 0x3400;
const LAST_CODE = 0x9fff;
const SLOTS = LAST_CODE - FIRST_CODE + 1;

/** A WordPositions as its arrays: what the build stores (typoFastTables.ts) and a run reads back. */
export interface WordPositionsArrays {
  length: number;
  bits: Uint8Array;
  pairs: ShortWordCostsArrays[];
}

/**
 * Which characters, and which pairs of neighbours, occur at which position in the common words of
 * one length: a window whose characters fit no word there is passed over without searching the
 * word tables, which most windows are.
 */
export class WordPositions {
  private constructor(
    private readonly length: number,
    /** One bit a position, by character. */
    private readonly bits: Uint8Array,
    /** By position p: the pairs standing at p, p + 1 (words of three characters or more), with a cost of a word holding each. */
    private readonly pairs: ShortWordCosts[],
  ) {}

  /** From the words of `length` characters as a table masking their last position. */
  static ofWords(lastMasked: CompletionTable, length: number): WordPositions {
    const { others, fills, costs } = lastMasked;
    const width = length - 1;
    const bits = new Uint8Array(SLOTS);
    const set = (code: number, position: number) => {
      const slot = code - FIRST_CODE;
      if (slot >= 0 && slot < SLOTS) bits[slot]! |= 1 << position;
    };
    for (let n = 0; n < fills.length; n++) {
      for (let at = 0; at < width; at++) set(others.charCodeAt(n * width + at), at);
      set(fills.charCodeAt(n), width);
    }
    const pairs: ShortWordCosts[] = [];
    // Each word's pair at `at`, in word order, so the words' costs line up with them.
    for (let at = 0; length >= 3 && at < width; at++) {
      const words: string[] = [];
      for (let n = 0; n < fills.length; n++) words.push(at + 1 < width ? others.slice(n * width + at, n * width + at + 2) : others[n * width + at]! + fills[n]!);
      pairs.push(ShortWordCosts.ofWords(words.join(''), costs, 2));
    }
    return new WordPositions(length, bits, pairs);
  }

  /** Arrays made by `arrays()`, as read back from the build's file; undefined when they are not a table. */
  static ofArrays({ length, bits, pairs }: WordPositionsArrays): WordPositions | undefined {
    if (bits.length !== SLOTS || pairs.length !== (length >= 3 ? length - 1 : 0)) return undefined;
    const tables = pairs.map((p) => ShortWordCosts.ofArrays(p));
    return tables.every((t) => t !== undefined) ? new WordPositions(length, bits, tables as ShortWordCosts[]) : undefined;
  }

  arrays(): WordPositionsArrays {
    return { length: this.length, bits: this.bits, pairs: this.pairs.map((p) => p.arrays()) };
  }

  /** Whether every character of text[start, start + length) but the one at offset `skip`, and every pair of them side by side, stands where some word has it. */
  fits(text: string, start: number, skip?: number): boolean {
    for (let k = 0; k < this.length; k++) if (k !== skip && !this.has(text.charCodeAt(start + k), k)) return false;
    for (let k = 0; k < this.pairs.length; k++) if (k !== skip && k + 1 !== skip && this.pairs[k]!.find(text, start + k) === -1) return false;
    return true;
  }

  private has(code: number, position: number): boolean {
    const slot = code - FIRST_CODE;
    return slot >= 0 && slot < SLOTS && (this.bits[slot]! & (1 << position)) !== 0;
  }
}
