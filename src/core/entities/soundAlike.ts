import { readingsOf } from './hanReadings';

/**
 * Whether two characters can be read alike, tones aside (岚/兰, 禾/和, 明/名): a slip of the ear, not a
 * different name. -n/-ng are merged in the readings: the commonest slip of ear in names (英吾斯坦/英吾斯塘, 金/京).
 */
export function soundAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const ofB = readingsOf(b);
  return readingsOf(a).some((r) => ofB.includes(r));
}
