import { describe, expect, it } from 'vitest';
import { walkStep, type WalkStop } from '../../src/renderer/review/reviewWalk';

const stops: WalkStop[] = [
  { itemId: 'a', from: 5, open: true },
  { itemId: 'b', from: 12, open: false },
  { itemId: 'c', from: 30, open: true },
  { itemId: 'd', from: 44, open: true },
];

describe('walkStep', () => {
  it('moves to the next unreviewed item in document order, skipping reviewed ones', () => {
    expect(walkStep(stops, 'a', undefined, 1)).toEqual({ itemId: 'c' });
    expect(walkStep(stops, 'c', undefined, -1)).toEqual({ itemId: 'a' });
  });

  it('moves on from an item just reviewed (applied) to the next open one', () => {
    const applied = stops.map((s) => (s.itemId === 'c' ? { ...s, open: false } : s));
    expect(walkStep(applied, 'c', undefined, 1)).toEqual({ itemId: 'd' });
  });

  it('never wraps: past the last or before the first it names the edge', () => {
    expect(walkStep(stops, 'd', undefined, 1)).toEqual({ edge: 'last' });
    expect(walkStep(stops, 'a', undefined, -1)).toEqual({ edge: 'first' });
  });

  it('without a current item starts at the cursor, else at the start', () => {
    expect(walkStep(stops, null, 13, 1)).toEqual({ itemId: 'c' });
    expect(walkStep(stops, null, 13, -1)).toEqual({ itemId: 'a' });
    expect(walkStep(stops, null, undefined, 1)).toEqual({ itemId: 'a' });
    expect(walkStep(stops, null, undefined, -1)).toEqual({ itemId: 'd' });
  });

  it('says there is nothing left when every item is reviewed', () => {
    expect(walkStep(stops.map((s) => ({ ...s, open: false })), null, undefined, 1)).toEqual({ edge: 'last' });
  });
});
