/** Where a finding currently sits in the document: its first span, after every edit so far. */
export interface LocatedFinding {
  id: string;
  from: number;
  to: number;
}

/**
 * The finding F8 (direction 1) or Shift+F8 (direction -1) moves to from the cursor, wrapping
 * around the ends. `located` is sorted by position. When the cursor sits on the start of the
 * current finding, the step is taken from that finding, so overlapping findings are all visited.
 */
export function stepFinding(
  located: readonly LocatedFinding[],
  cursor: number,
  currentId: string | null,
  direction: 1 | -1,
): LocatedFinding | undefined {
  const n = located.length;
  if (n === 0) return undefined;
  const current = currentId === null ? -1 : located.findIndex((l) => l.id === currentId && l.from === cursor);
  if (current >= 0) return located[(current + direction + n) % n];
  if (direction === 1) return located.find((l) => l.from > cursor) ?? located[0];
  return located.findLast((l) => l.from < cursor) ?? located[n - 1];
}
