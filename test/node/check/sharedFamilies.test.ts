import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { takeFamily, closeSharedFamilies, openSharedFamilies } from '../../../src/node/sharedFamilies';

describe('family shared', () => {
  it('give each family to the first to ask, once, and to no one once closed', () => {
    const shared = openSharedFamilies(['punctuation', 'date'])!;
    expect(shared.families).toEqual(['punctuation', 'date']);
    expect(takeFamily(shared, 'date')).toBe(true);
    expect(takeFamily(shared, 'date')).toBe(false);
    expect(takeFamily(shared, 'punctuation')).toBe(true);
    closeSharedFamilies(shared);
    expect(existsSync(shared.dir)).toBe(false);
    expect(takeFamily(shared, 'style')).toBe(false);
  });

  it('removes its folder whichever of its families were taken, none included', () => {
    const untouched = openSharedFamilies(['punctuation', 'date', 'style'])!;
    closeSharedFamilies(untouched);
    expect(existsSync(untouched.dir)).toBe(false);
    const some = openSharedFamilies(['punctuation', 'date', 'style'])!;
    expect(takeFamily(some, 'style')).toBe(true);
    closeSharedFamilies(some);
    expect(existsSync(some.dir)).toBe(false);
  });
});
