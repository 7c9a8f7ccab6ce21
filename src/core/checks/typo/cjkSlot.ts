/** The typo tables index characters over the CJK blocks, Extension A to the end of the Unified block. */
const FIRST_CODE = 0x3400;
export const CJK_SLOTS = 0x9fff - FIRST_CODE + 1;

/** The slot of a character code in those blocks, or −1 outside them (or past the end of the text). */
export function cjkSlot(code: number): number {
  const slot = code - FIRST_CODE;
  return slot >= 0 && slot < CJK_SLOTS ? slot : -1;
}
