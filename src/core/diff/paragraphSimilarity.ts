/**
 * Dice similarity of two paragraphs' character bigrams, in [0, 1]: cheap enough to compare
 * every changed paragraph with its neighbours. Bigrams are hashed into a shared table, so
 * rare collisions can only raise the score slightly.
 */
const TABLE_BITS = 16;
const counts = new Int32Array(1 << TABLE_BITS);

export function paragraphSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return a.length === 0 || b.length === 0 ? 0 : a.trim() === b.trim() ? 1 : 0;
  const mask = (1 << TABLE_BITS) - 1;
  for (let i = 1; i < a.length; i++) counts[(a.charCodeAt(i - 1) * 31 + a.charCodeAt(i)) & mask]!++;
  let common = 0;
  for (let i = 1; i < b.length; i++) {
    const h = (b.charCodeAt(i - 1) * 31 + b.charCodeAt(i)) & mask;
    if (counts[h]! > 0) {
      counts[h]!--;
      common++;
    }
  }
  for (let i = 1; i < a.length; i++) counts[(a.charCodeAt(i - 1) * 31 + a.charCodeAt(i)) & mask] = 0;
  return (2 * common) / (a.length - 1 + b.length - 1);
}
