import { describe, expect, it } from 'vitest';
import { isWithin, isWithinAny } from '../../../../src/core/gazetteer/gazetteerIndex';
import { placeFromDivision } from '../../../../src/core/gazetteer/place';

describe('isWithinAny', () => {
  const town = placeFromDivision('620422117', '杨崖集镇')!;
  const county = placeFromDivision('620422', '会宁县')!;

  it('agrees with testing each code with isWithin', () => {
    const sets = [[], ['62'], ['6204'], ['620422'], ['12', '1201'], ['620423', '6205'], ['620422117'], ['620422', '12']];
    for (const codes of sets) {
      for (const place of [town, county]) {
        expect(isWithinAny(place, new Set(codes)), `${place.code} in ${codes.join(',')}`).toBe(codes.some((c) => isWithin(place, c)));
      }
    }
  });

  it('never counts a place as within itself', () => {
    expect(isWithinAny(county, new Set(['620422']))).toBe(false);
  });
});
