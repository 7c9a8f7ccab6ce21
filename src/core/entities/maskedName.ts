/**
 * The name with its character at `k` masked (徐闻县 → 徐?县, as a NUL): names one character apart share
 * such a key, so a slip is found by a look-up per character instead of a comparison with every name.
 */
export function maskedName(name: string, k: number): string {
  return `${name.slice(0, k)}\u0000${name.slice(k + 1)}`;
}
