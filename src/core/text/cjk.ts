/** Han ideographs (CJK Unified, Extension A, Compatibility) — the "Chinese text" of GB/T 15834. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const HAN_RE = new RegExp(`[${HAN}]`);

/** The same ranges by UTF-16 code, for per-character loops over megabyte drafts. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** The basic CJK Unified Ideographs block alone (U+4E00–U+9FFF), as the patterns `[\u4e00-\u9fff]` read it. */
export function isUnifiedHanCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // One character (the common case, asked per position) by its code; a longer string by the pattern, which finds one anywhere in it.
  return ch.length === 1 ? isHanCode(ch.charCodeAt(0)) : HAN_RE.test(ch);
}

/** Full-width ASCII variants (Ａ１，) to their half-width forms; the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
