/** An item J/K can stop on: where it stands in the draft and whether it still waits for a verdict. */
export interface WalkStop {
  itemId: string;
  from: number;
  open: boolean;
}

export type WalkStep = { itemId: string } | { edge: 'first' | 'last' };

/**
 * The next item J (direction 1) or K (-1) moves to: the nearest unreviewed one in document order,
 * from the current item, else from `cursor`, else from the start. Never wraps: past the last (or
 * before the first) it answers the edge reached, so the panel can say so. `stops` is in document order.
 */
export function walkStep(stops: readonly WalkStop[], currentId: string | null, cursor: number | undefined, direction: 1 | -1): WalkStep {
  const at = currentId === null ? -1 : stops.findIndex((s) => s.itemId === currentId);
  const candidates = stops.map((stop, index) => ({ stop, index })).filter(({ stop }) => stop.open);
  const ahead = (c: { stop: WalkStop; index: number }): boolean => {
    if (at >= 0) return direction === 1 ? c.index > at : c.index < at;
    if (cursor === undefined) return true;
    return direction === 1 ? c.stop.from >= cursor : c.stop.from < cursor;
  };
  const found = direction === 1 ? candidates.find(ahead) : candidates.findLast(ahead);
  return found ? { itemId: found.stop.itemId } : { edge: direction === 1 ? 'last' : 'first' };
}
