import { readQuantities } from '../numbers/readQuantities';
import type { RawClaim } from './claim';

/**
 * Numbers with their units (3.5万吨, 70.25%, 约4亿元, 两名), as the number reader finds them.
 * A bare number (no unit: a phone number, part of a date) is not a claim, nor is a lone
 * Chinese 一 (一个, 一批: an article, not a count).
 */
export function numberClaims(text: string): RawClaim[] {
  return readQuantities(text)
    .filter((q) => q.kind !== 'bare' && !(q.form === 'chinese' && q.value === 1))
    .map((q) => ({ type: 'number', start: q.start, end: q.end }));
}
