import { describe, expect, it } from 'vitest';
import { lookAlikeGroups } from '../../../scripts/buildLookAlikes';
import { LOOK_ALIKE_GROUPS } from '../../../src/core/entities/lookAlikeTable';
import { looksAlike } from '../../../src/core/entities/lookAlike';

describe('the generated table of look-alike characters', () => {
  it('holds the groups of resources/typo/same-stroke.txt (re-run scripts/buildLookAlikes.ts when this fails)', () => {
    expect(LOOK_ALIKE_GROUPS.split(' ')).toEqual(lookAlikeGroups());
  });

  it('pairs characters that share a group, and no others', () => {
    expect(looksAlike('林', '材')).toBe(true);
    expect(looksAlike('士', '土')).toBe(true);
    expect(looksAlike('王', '李')).toBe(false);
    expect(looksAlike('华', '环')).toBe(false);
    expect(looksAlike('林', '林')).toBe(true);
  });
});
