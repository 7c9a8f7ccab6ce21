/** Enough of the file to judge it: a binary format shows itself in its first kilobytes. */
export const SNIFF_BYTES = 64 * 1024;
/** Random or compressed bytes are about 9 % control bytes other than NUL; text has none. */
const MAX_CONTROL_SHARE = 0.02;
/** Programs and binary records are full of NULs; text that was damaged has a stray few. */
const MAX_NUL_SHARE = 0.1;

/**
 * True for images, archives, programs and other non-text bytes. Judges the share of control
 * bytes other than the whitespace ones (tab, newline, vertical tab, form feed, carriage return)
 * and SUB, which old DOS text files end with; ESC counts (terminal sequences are not prose, and
 * a stray one is still under the share); NULs are judged apart, more leniently, because
 * damaged text files do hold a few, and a run of them at the very end is left out: an editor
 * that died while saving leaves its text followed by zero padding, and that text should open.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  if (end === 0) return bytes.length > 0;
  const sampleEnd = Math.min(end, SNIFF_BYTES);
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < sampleEnd; i++) {
    const b = bytes[i]!;
    if (b === 0) nuls++;
    else if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1a) controls++;
  }
  return controls / sampleEnd > MAX_CONTROL_SHARE || nuls / sampleEnd > MAX_NUL_SHARE;
}
