import type { Quantity } from '../numbers/quantity';

/** Intervals of what two stated numbers may really be overlap: 70.25 % and 70.3 % agree, 3927 and 3972 do not. */
export function agree(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * Every quantity the sources state, by unit kind and sorted by value, so "is this number anywhere in
 * the sources" is a binary search rather than a scan of all the sources' numbers.
 */
export class SourceQuantities {
  private readonly byKind = new Map<string, { sorted: Quantity[]; widest: number }>();

  constructor(quantities: readonly Quantity[]) {
    for (const q of quantities) {
      const entry = this.byKind.get(q.kind) ?? { sorted: [], widest: 0 };
      entry.sorted.push(q);
      entry.widest = Math.max(entry.widest, q.hi - q.lo);
      this.byKind.set(q.kind, entry);
    }
    for (const entry of this.byKind.values()) entry.sorted.sort((a, b) => a.value - b.value);
  }

  /** Whether some source states a number that agrees with `q`. O(log n + matches). */
  has(q: Quantity): boolean {
    const entry = this.byKind.get(q.kind);
    if (!entry) return false;
    const { sorted, widest } = entry;
    let lo = 0;
    let hi = sorted.length;
    const from = q.lo - widest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.value < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.value <= q.hi + widest; i++) if (agree(q, sorted[i]!)) return true;
    return false;
  }
}
