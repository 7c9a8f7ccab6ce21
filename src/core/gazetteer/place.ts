/** Levels of the divisions, as the statistical codes number them. */
export type PlaceLevel = 'province' | 'city' | 'county' | 'town';

/** One official division. */
export interface Place {
  code: string;
  name: string;
  level: PlaceLevel;
  /** The enclosing division's code; undefined for a province. */
  parentCode?: string;
}

const LEVEL_BY_CODE_LENGTH: Record<number, PlaceLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'town' };
const PARENT_CODE_LENGTH: Record<PlaceLevel, number> = { province: 0, city: 2, county: 4, town: 6 };

export function placeFromDivision(code: string, name: string): Place | undefined {
  const level = LEVEL_BY_CODE_LENGTH[code.length];
  if (!level) return undefined;
  const parentLength = PARENT_CODE_LENGTH[level];
  return parentLength === 0 ? { code, name, level } : { code, name, level, parentCode: code.slice(0, parentLength) };
}
