import type { Gazetteer } from './gazetteer';
import { placeFromDivision, type Place } from './place';
import { shortNameOf } from './shortName';

/**
 * Lookups over the divisions, built once per Gazetteer object. Only the two name maps are built
 * up front (rows as numbers, so loading allocates little); codes and children are found by binary
 * search in the code-sorted rows, and Place objects are made on first use.
 */
export interface GazetteerIndex {
  source: string;
  /** Divisions with this full official name (会宁县, 杨崖集镇); empty when none. */
  named(name: string): Place[];
  hasName(name: string): boolean;
  /** Every full name, for building look-up tables over them. */
  names(): IterableIterator<string>;
  /** Provinces, cities and counties usually written without their generic (甘肃, 会宁). */
  shortNamed(name: string): Place[];
  hasShortName(name: string): boolean;
  /** Every short name, for building look-up tables over them. */
  shortNames(): IterableIterator<string>;
  place(code: string): Place | undefined;
  /** The divisions directly under `code` (a county's towns). */
  childrenOf(code: string): Place[];
  /** Number of divisions at each level. */
  count(level: Place['level']): number;
}

/** Statistical filler rows (市辖区, 县, 省直辖县级行政区划) are codes, not names anyone writes. */
const NOT_A_NAME = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const CODE_LENGTH: Record<Place['level'], number> = { province: 2, city: 4, county: 6, town: 9 };

const cache = new WeakMap<Gazetteer, GazetteerIndex>();

export function gazetteerIndex(gazetteer: Gazetteer): GazetteerIndex {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const rows = gazetteer.divisions;
  const placeAt: (Place | undefined)[] = new Array(rows.length);
  const byName = new Map<string, number | number[]>();
  const byShortName = new Map<string, number | number[]>();
  for (let i = 0; i < rows.length; i++) {
    const [code, name] = rows[i]!;
    if (NOT_A_NAME.has(name)) continue;
    add(byName, name, i);
    if (code.length < 9) {
      const short = shortNameOf(name, code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'county');
      if (short) add(byShortName, short, i);
    }
  }
  const at = (i: number): Place | undefined => {
    const row = rows[i];
    if (!row) return undefined;
    return (placeAt[i] ??= placeFromDivision(row[0], row[1]));
  };
  const all = (map: Map<string, number | number[]>, name: string): Place[] => {
    const found = map.get(name);
    if (found === undefined) return [];
    return (typeof found === 'number' ? [found] : found).map(at).filter((p): p is Place => p !== undefined);
  };
  const lowerBound = (code: string): number => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]![0] < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const counts = new Map<number, number>();
  for (const [code] of rows) counts.set(code.length, (counts.get(code.length) ?? 0) + 1);
  const index: GazetteerIndex = {
    source: gazetteer.source,
    named: (name) => all(byName, name),
    hasName: (name) => byName.has(name),
    names: () => byName.keys(),
    shortNamed: (name) => all(byShortName, name),
    hasShortName: (name) => byShortName.has(name),
    shortNames: () => byShortName.keys(),
    place: (code) => {
      const i = lowerBound(code);
      return rows[i]?.[0] === code ? at(i) : undefined;
    },
    childrenOf: (code) => {
      const children: Place[] = [];
      for (let i = lowerBound(code); i < rows.length && rows[i]![0].startsWith(code); i++) {
        const p = at(i);
        if (p?.parentCode === code) children.push(p);
      }
      return children;
    },
    count: (level) => counts.get(CODE_LENGTH[level]) ?? 0,
  };
  cache.set(gazetteer, index);
  return index;
}

/** The divisions from the province down to `place` itself. */
export function placePath(index: GazetteerIndex, place: Place): Place[] {
  const path = [place];
  for (let code = place.parentCode; code; ) {
    const parent = index.place(code);
    if (!parent) break;
    if (!NOT_A_NAME.has(parent.name)) path.unshift(parent);
    code = parent.parentCode;
  }
  return path;
}

/** Whether `ancestorCode` encloses `place` (codes nest by prefix). */
export function isWithin(place: Place, ancestorCode: string): boolean {
  return place.code !== ancestorCode && place.code.startsWith(ancestorCode);
}

/** Code lengths of the divisions that can enclose others (province, city, county). */
const ENCLOSING_CODE_LENGTHS = [CODE_LENGTH.province, CODE_LENGTH.city, CODE_LENGTH.county];

/** Whether one of `codes` encloses `place`: a look-up per enclosing level, not a scan of the codes. */
export function isWithinAny(place: Place, codes: ReadonlySet<string>): boolean {
  for (const length of ENCLOSING_CODE_LENGTHS) {
    if (length < place.code.length && codes.has(place.code.slice(0, length))) return true;
  }
  return false;
}

function add(map: Map<string, number | number[]>, key: string, row: number): void {
  const found = map.get(key);
  if (found === undefined) map.set(key, row);
  else if (typeof found === 'number') map.set(key, [found, row]);
  else found.push(row);
}
