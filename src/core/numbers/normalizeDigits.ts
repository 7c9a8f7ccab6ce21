/**
 * Full-width digits and the full-width point and percent sign (０-９ ． ％) to ASCII, one code
 * unit for one, so offsets into the result are offsets into the draft. Commas are left alone:
 * a full-width comma is a clause break in Chinese text, never a thousands separator.
 */
export function normalizeDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff05]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
