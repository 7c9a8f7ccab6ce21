/**
 * A set of UTF-16 code units as one bit per unit (8 KB): asking it at every position of a draft
 * costs an array read and a shift, where a Set of numbers hashes each question. Bits, not a byte per
 * unit, because a dozen of these are made as the engine's modules load, in every process that runs it.
 */
export class CodeSet {
  private readonly bits = new Uint8Array(0x10000 >>> 3);

  constructor(codes: Iterable<number>) {
    for (const code of codes) this.bits[code >>> 3]! |= 1 << (code & 7);
  }

  /**
   * False for anything but a code unit (0–0xFFFF): a position outside the text, which charCodeAt
   * reads as NaN and codeAt as -1, needs no bounds check of its own.
   */
  has(code: number): boolean {
    return code >= 0 && code <= 0xffff && (this.bits[code >>> 3]! & (1 << (code & 7))) !== 0;
  }
}
