import type { Gazetteer } from './gazetteer';
import { BY_NAME_DIGITS } from './gazetteerFile';
import { placeFromDivision, type Place } from './place';
import { shortNameOf } from './shortName';

/**
 * Lookups over the divisions, made once per Gazetteer object without building a table of all
 * names: full names are found by binary search in the name order the build stored, codes and
 * children by binary search in the sorted codes; only the short names of the 3,000-odd provinces,
 * cities and counties go into a map, and Place objects are made on first use.
 */
export interface GazetteerIndex {
  source: string;
  /** Divisions with this full official name (会宁县, 杨崖集镇); empty when none. */
  named(name: string): Place[];
  hasName(name: string): boolean;
  /** Every full name (once per division that has it), for building look-up tables over them. */
  names(): readonly string[];
  /** The names' endings as the build stored them (Gazetteer.nameEndings), if it did. */
  nameEndings(): string | undefined;
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
  /** Every division of a level above towns (the 3,300-odd provinces, cities and counties), listed on first use. */
  atLevel(level: Exclude<Place['level'], 'town'>): readonly Place[];
}

/** Statistical filler rows (市辖区, 县, 省直辖县级行政区划) are codes, not names anyone writes. */
const NOT_A_NAME = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const LOOKUPS_BEFORE_NAME_SET = 1_000;
const CODE_LENGTH: Record<Place['level'], number> = { province: 2, city: 4, county: 6, town: 9 };

const cache = new WeakMap<Gazetteer, GazetteerIndex>();

export function gazetteerIndex(gazetteer: Gazetteer): GazetteerIndex {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const { codes, names, byName } = gazetteer;
  const ordered = byName.length / BY_NAME_DIGITS;
  let nameOrder: Int32Array | undefined;
  /** The row at position `k` of the name order, decoded all at once on the first look-up (≈ 1 ms). */
  const rowAt = (k: number): number => (nameOrder ??= decodeNameOrder(byName, ordered))[k]!;
  const placeAt: (Place | undefined)[] = new Array(codes.length);
  const byShortName = rowsByShortName(codes, names);
  const at = (i: number): Place | undefined => (i < codes.length ? (placeAt[i] ??= placeFromDivision(codes[i]!, names[i]!)) : undefined);
  const places = (rows: readonly number[]): Place[] => rows.map(at).filter((p): p is Place => p !== undefined);
  /** First position in the name order whose name is not less than `name`. */
  const firstNamed = (name: string): number => {
    let lo = 0;
    let hi = ordered;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[rowAt(mid)]! < name) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rowsNamed = (name: string): number[] => {
    const rows: number[] = [];
    if (NOT_A_NAME.has(name)) return rows;
    for (let k = firstNamed(name); k < ordered; k++) {
      const row = rowAt(k);
      if (names[row] !== name) break;
      rows.push(row);
    }
    return rows;
  };
  const lowerBound = (code: string): number => {
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codes[mid]! < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let counts: Map<number, number> | undefined;
  let written: string[] | undefined;
  // A long draft asks whether a name exists tens of thousands of times; past a short draft's
  // questions a set answers them (built in ≈ 5 ms) instead of a binary search each.
  let nameLookups = 0;
  let nameSet: Set<string> | undefined;
  /**
   * All three levels in one pass: a caller asking for one asks for the others next, and one loop over
   * 45,000 codes is compiled once, where three, each on another level, deoptimized it in turn.
   */
  const placesByLevel = (): Record<Exclude<Place['level'], 'town'>, Place[]> => {
    const lists = { province: [] as Place[], city: [] as Place[], county: [] as Place[] };
    for (let i = 0; i < codes.length; i++) {
      const length = codes[i]!.length;
      const list = length === CODE_LENGTH.province ? lists.province : length === CODE_LENGTH.city ? lists.city : length === CODE_LENGTH.county ? lists.county : undefined;
      if (list && !NOT_A_NAME.has(names[i]!)) list.push(at(i)!);
    }
    return lists;
  };
  let byLevel: Record<Exclude<Place['level'], 'town'>, Place[]> | undefined;
  const index: GazetteerIndex = {
    source: gazetteer.source,
    named: (name) => places(rowsNamed(name)),
    hasName: (name) => {
      if (NOT_A_NAME.has(name)) return false;
      if (!nameSet && ++nameLookups > LOOKUPS_BEFORE_NAME_SET) nameSet = new Set(names);
      if (nameSet) return nameSet.has(name);
      const k = firstNamed(name);
      return k < ordered && names[rowAt(k)] === name;
    },
    names: () => (written ??= names.filter((name) => !NOT_A_NAME.has(name))),
    nameEndings: () => gazetteer.nameEndings,
    shortNamed: (name) => places(byShortName.get(name) ?? []),
    hasShortName: (name) => byShortName.has(name),
    shortNames: () => byShortName.keys(),
    place: (code) => {
      const i = lowerBound(code);
      return codes[i] === code ? at(i) : undefined;
    },
    childrenOf: (code) => {
      const children: Place[] = [];
      for (let i = lowerBound(code); i < codes.length && codes[i]!.startsWith(code); i++) {
        const p = at(i);
        if (p?.parentCode === code) children.push(p);
      }
      return children;
    },
    count: (level) => {
      if (!counts) {
        counts = new Map();
        for (const code of codes) counts.set(code.length, (counts.get(code.length) ?? 0) + 1);
      }
      return counts.get(CODE_LENGTH[level]) ?? 0;
    },
    atLevel: (level) => (byLevel ??= placesByLevel())[level],
  };
  cache.set(gazetteer, index);
  return index;
}

/*
 * The loops over every division are functions of their own: V8 compiles a long-running loop while it
 * runs, and the code after it, with no feedback yet, would otherwise deoptimize that compiled code.
 */

/** The rows in name order, from the index's base-36 column; read digit by digit, as a slice and parseInt per row cost 5–8 ms. */
function decodeNameOrder(byName: string, ordered: number): Int32Array {
  const order = new Int32Array(ordered);
  for (let i = 0, at = 0; i < ordered; i++) {
    let row = 0;
    for (const end = at + BY_NAME_DIGITS; at < end; at++) row = row * 36 + base36Digit(byName.charCodeAt(at));
    order[i] = row;
  }
  return order;
}

/** The value of a base-36 digit (0–9, a–z) by its code. */
function base36Digit(code: number): number {
  return code <= 0x39 ? code - 0x30 : code - 0x57;
}

/** The rows of provinces, cities and counties by their short names (会宁 for 会宁县). */
function rowsByShortName(codes: readonly string[], names: readonly string[]): Map<string, number[]> {
  const byShortName = new Map<string, number[]>();
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code.length >= CODE_LENGTH.town || NOT_A_NAME.has(names[i]!)) continue;
    const short = shortNameOf(names[i]!, code.length === CODE_LENGTH.province ? 'province' : code.length === CODE_LENGTH.city ? 'city' : 'county');
    if (!short) continue;
    const rows = byShortName.get(short);
    if (rows) rows.push(i);
    else byShortName.set(short, [i]);
  }
  return byShortName;
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
