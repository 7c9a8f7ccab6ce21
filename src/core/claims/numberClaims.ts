import { paragraphQuantities } from '../numbers/paragraphQuantities';
import { splitParagraphs } from '../text/paragraphs';
import type { RawClaim } from './claim';

/**
 * Numbers with their units (3.5万吨, 70.25%, 约4亿元, 两名), as the number reader finds them.
 * A bare number (no unit: a phone number, part of a date) is not a claim, nor is a lone
 * Chinese 一 (一个, 一批: an article, not a count). Read paragraph by paragraph (no quantity
 * spans a line break), so the readings the checks just made of the same paragraphs are reused.
 */
export function numberClaims(text: string): RawClaim[] {
  const claims: RawClaim[] = [];
  for (const p of splitParagraphs(text)) {
    for (const q of paragraphQuantities(p.text)) {
      if (q.kind !== 'bare' && !(q.form === 'chinese' && q.value === 1)) claims.push({ type: 'number', start: p.start + q.start, end: p.start + q.end });
    }
  }
  return claims;
}
