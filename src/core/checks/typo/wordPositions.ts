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
  /** By position p: the pairs standing at p, p + 1 (words of three characters or more). */
  private readonly pairs: ShortWordCosts[] = [];

  /** From the words of `length` characters as a table masking their last position. */
  constructor(
    lastMasked: CompletionTable,
    private readonly length: number,
  ) {
    const { others, fills, costs } = lastMasked;
    const cheapestPair = Array.from({ length: length - 1 }, () => new Map<string, number>());
    for (let n = 0; n < fills.length; n++) {
      const word = others.slice(n * (length - 1), (n + 1) * (length - 1)) + fills[n]!;
      for (let at = 0; at < length; at++) this.set(word.charCodeAt(at), at);
      if (length < 3) continue;
      for (let at = 0; at + 1 < length; at++) {
        const pair = word.slice(at, at + 2);
        cheapestPair[at]!.set(pair, Math.min(costs.charCodeAt(n), cheapestPair[at]!.get(pair) ?? Infinity));
      }
    }
    if (length < 3) return;
    for (const byPair of cheapestPair) {
      this.pairs.push(new ShortWordCosts([...byPair.keys()].join(''), String.fromCharCode(...byPair.values()), 2));
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
