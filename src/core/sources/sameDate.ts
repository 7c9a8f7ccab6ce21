import type { DateMention } from '../dates/dateMention';

/** Two written dates agree when every part both of them state is equal and they share at least one. */
export function sameDate(a: DateMention, b: DateMention): boolean {
  let shared = 0;
  for (const part of ['year', 'month', 'day'] as const) {
    const x = a[part];
    const y = b[part];
    if (x === undefined || y === undefined) continue;
    if (x !== y) return false;
    shared++;
  }
  return shared > 0;
}
