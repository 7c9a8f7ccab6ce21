import type { CompletionTable } from './typoLexicon';
import { ShortWordCosts } from './shortWordCosts';

/** Characters are indexed over the CJK blocks (Extension A to the end of the Unified block). */
const FIRST_CODE = 0x3400;
const LAST_CODE = 0x9fff;

/**
 * Which characters, and which pairs of neighbours, occur at which position in the common words of
 * one length: a window whose characters fit no word there is passed over without searching the
 * word tables, which most windows are.
 */
export class WordPositions {
  /** One bit a position, by character. */
  private readonly bits = new Uint8Array(LAST_CODE - FIRST_CODE + 1);
  /** By position p: the pairs standing at p, p + 1 (words of three characters or more), with a cost of a word holding each. */
  private readonly pairs: ShortWordCosts[] = [];

  /** From the words of `length` characters as a table masking their last position. */
  constructor(
    lastMasked: CompletionTable,
    private readonly length: number,
  ) {
    const { others, fills, costs } = lastMasked;
    const width = length - 1;
    for (let n = 0; n < fills.length; n++) {
      for (let at = 0; at < width; at++) this.set(others.charCodeAt(n * width + at), at);
      this.set(fills.charCodeAt(n), width);
    }
    if (length < 3) return;
    // Each word's pair at `at`, in word order, so the words' costs line up with them.
    for (let at = 0; at < width; at++) {
      const pairs: string[] = [];
      for (let n = 0; n < fills.length; n++) pairs.push(at + 1 < width ? others.slice(n * width + at, n * width + at + 2) : others[n * width + at]! + fills[n]!);
      this.pairs.push(new ShortWordCosts(pairs.join(''), costs, 2));
    }
  }

  /** Whether every character of text[start, start + length) but the one at offset `skip`, and every pair of them side by side, stands where some word has it. */
  fits(text: string, start: number, skip?: number): boolean {
    for (let k = 0; k < this.length; k++) if (k !== skip && !this.has(text.charCodeAt(start + k), k)) return false;
    for (let k = 0; k < this.pairs.length; k++) if (k !== skip && k + 1 !== skip && this.pairs[k]!.find(text, start + k) === -1) return false;
    return true;
  }

  private set(code: number, position: number): void {
    const slot = code - FIRST_CODE;
    if (slot >= 0 && slot < this.bits.length) this.bits[slot]! |= 1 << position;
  }

  private has(code: number, position: number): boolean {
    const slot = code - FIRST_CODE;
    return slot >= 0 && slot < this.bits.length && (this.bits[slot]! & (1 << position)) !== 0;
  }
}
