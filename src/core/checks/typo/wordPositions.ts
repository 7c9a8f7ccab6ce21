import type { CompletionTable } from './typoLexicon';

/** Characters are indexed over the CJK blocks (Extension A to the end of the Unified block). */
const FIRST_CODE = 0x3400;
const LAST_CODE = 0x9fff;

/**
 * Which characters occur at which position in some word of one length, one bit a position: a
 * window whose characters fit no word there is passed over without a search of the word table.
 */
export class WordPositions {
  private readonly bits = new Uint8Array(LAST_CODE - FIRST_CODE + 1);

  /** From the words of `length` characters as a table masking their last position. */
  constructor(lastMasked: CompletionTable, length: number) {
    const { others, fills } = lastMasked;
    for (let at = 0; at < others.length; at++) this.set(others.charCodeAt(at), at % (length - 1));
    for (let at = 0; at < fills.length; at++) this.set(fills.charCodeAt(at), length - 1);
  }

  private set(code: number, position: number): void {
    const slot = code - FIRST_CODE;
    if (slot >= 0 && slot < this.bits.length) this.bits[slot]! |= 1 << position;
  }

  /** Whether some word has the character of code `code` at `position`. */
  has(code: number, position: number): boolean {
    const slot = code - FIRST_CODE;
    return slot >= 0 && slot < this.bits.length && (this.bits[slot]! & (1 << position)) !== 0;
  }
}
