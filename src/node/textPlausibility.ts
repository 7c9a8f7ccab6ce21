import { COMMON_HAN } from './commonHanCharacters';

/** Marks Chinese prose uses constantly: CJK and full-width punctuation, curly quotes, dashes. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff5e\u2010-\u2027\u00b7]/;
const BAD_WEIGHT = 3;

/**
 * How much a decoded text looks like real Chinese prose, from -3 to 1: the mean over its
 * non-ASCII characters of +1 for a common Han character or CJK punctuation, 0 for any other
 * character, -3 for a character no right decoding yields. ASCII is left out (bar controls)
 * because every candidate encoding decodes it alike. A right decoding of news text scores about
 * 0.8; the same bytes read in a wrong CJK encoding score far lower (rare characters everywhere).
 */
export function textPlausibility(text: string): number {
  let counted = 0;
  let sum = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const bad = isImplausible(code);
    if (code < 0x80 && !bad) continue;
    counted++;
    if (bad) sum -= BAD_WEIGHT;
    else if (COMMON_HAN.has(ch) || CJK_PUNCTUATION.test(ch)) sum += 1;
  }
  return counted === 0 ? 0 : sum / counted;
}

/** The share of a text's characters that no right decoding yields. */
export function implausibleShare(text: string): number {
  let bad = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    if (isImplausible(ch.codePointAt(0)!)) bad++;
  }
  return total === 0 ? 0 : bad / total;
}

/** What a right decoding of a text never yields: U+FFFD, controls, private use, lone surrogates. */
function isImplausible(code: number): boolean {
  if (code < 0x20) return !(code >= 0x09 && code <= 0x0d) && code !== 0x1a && code !== 0x1b;
  return (
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffd ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xe000 && code <= 0xf8ff)
  );
}
