import type { Gazetteer } from './gazetteer';
import { placeFromDivision, type Place } from './place';
import { shortNameOf } from './shortName';
import { NameTable } from './nameTable';
import { RowsByKey } from './rowsByKey';
import type { GazetteerTables } from './gazetteerTables';

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
  /** Whether text[start, end) is a full official name: hasName without cutting the name out of the text. */
  hasNameAt(text: string, start: number, end: number): boolean;
  /** The names' endings as the build stored them (Gazetteer.nameEndings). */
  nameEndings(): string;
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
  /** The rows of atLevel's divisions, in the same order. */
  rowsAtLevel(level: Exclude<Place['level'], 'town'>): readonly number[];
  /** The division of a row; undefined for a row past the last or one no division's code fits. */
  atRow(row: number): Place | undefined;
  /** The tables the build derived from this gazetteer and stored (Gazetteer.tables), when loaded with it. */
  storedTables: GazetteerTables | undefined;
}

/** Statistical filler rows (市辖区, 县, 省直辖县级行政区划) are codes, not names anyone writes. */
const NOT_A_NAME = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const LOOKUPS_BEFORE_NAME_TABLE = 1_000;
const NO_ROWS: readonly number[] = [];
const CODE_LENGTH: Record<Place['level'], number> = { province: 2, city: 4, county: 6, town: 9 };
/** Codes below this are provinces', cities' or counties' (up to six digits); towns' have nine. */
const FIRST_TOWN_CODE = 1e6;

const cache = new WeakMap<Gazetteer, GazetteerIndex>();

export function gazetteerIndex(gazetteer: Gazetteer): GazetteerIndex {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const { codes, names, nameStarts, byName } = gazetteer;
  const rows = codes.length;
  const codeAt = (i: number): string => String(codes[i]);
  const nameAt = (i: number): string => names.slice(nameStarts[i], nameStarts[i + 1]);
  const placeAt: (Place | undefined)[] = new Array(rows);
  const stored = gazetteer.tables;
  const byShortName = stored?.shortNameRows ?? RowsByKey.ofMap(rowsByShortName(gazetteer));
  const at = (i: number): Place | undefined => (i < rows ? (placeAt[i] ??= placeFromDivision(codeAt(i), nameAt(i))) : undefined);
  const places = (found: ArrayLike<number>): Place[] => {
    const list: Place[] = [];
    for (let k = 0; k < found.length; k++) {
      const place = at(found[k]!);
      if (place) list.push(place);
    }
    return list;
  };
  /** Where the rows named `name` start in the name order; past the end when none is. */
  const firstNamed = (name: string): number => {
    const table = tableOfNames();
    if (!table) return searchNamed(name);
    const k = table.firstAt(name, 0, name.length);
    return k < 0 ? rows : k;
  };
  /** First position in the name order whose name is not less than `name`. */
  const searchNamed = (name: string): number => {
    let lo = 0;
    let hi = rows;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nameAt(byName[mid]!) < name) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rowsNamed = (name: string): number[] => {
    const found: number[] = [];
    if (NOT_A_NAME.has(name)) return found;
    for (let k = firstNamed(name); k < rows; k++) {
      const row = byName[k]!;
      if (nameAt(row) !== name) break;
      found.push(row);
    }
    return found;
  };
  /** First row whose code is not less than `code`, as codes sort as strings. */
  const lowerBound = (code: string): number => {
    let lo = 0;
    let hi = rows;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codeAt(mid) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let counts: Map<number, number> | undefined;
  // A long draft asks whether a name exists tens of thousands of times; past a short draft's
  // questions a hash of the names answers them instead of a binary search each.
  let nameLookups = 0;
  // Stored by the build, the hash costs nothing to have from the first question.
  let nameTable = stored && new NameTable(names, nameStarts, { order: byName, slots: stored.nameSlots });
  const tableOfNames = (): NameTable | undefined => {
    if (!nameTable && ++nameLookups > LOOKUPS_BEFORE_NAME_TABLE) nameTable = new NameTable(names, nameStarts, { order: byName });
    return nameTable;
  };
  const hasName = (name: string): boolean => {
    if (NOT_A_NAME.has(name)) return false;
    const table = tableOfNames();
    if (table) return table.has(name, 0, name.length);
    const k = searchNamed(name);
    return k < rows && nameAt(byName[k]!) === name;
  };
  /**
   * All three levels in one pass: a caller asking for one asks for the others next, and one loop over
   * 45,000 codes is compiled once, where three, each on another level, deoptimized it in turn.
   */
  const rowsByLevel = (): Record<Exclude<Place['level'], 'town'>, number[]> => {
    const lists = { province: [] as number[], city: [] as number[], county: [] as number[] };
    for (let i = 0; i < rows; i++) {
      if (codes[i]! >= FIRST_TOWN_CODE) continue;
      const place = at(i);
      if (place && !NOT_A_NAME.has(place.name)) lists[place.level as Exclude<Place['level'], 'town'>].push(i);
    }
    return lists;
  };
  let levelRows: Record<Exclude<Place['level'], 'town'>, number[]> | undefined;
  const byLevel: Partial<Record<Exclude<Place['level'], 'town'>, Place[]>> = {};
  const index: GazetteerIndex = {
    source: gazetteer.source,
    named: (name) => places(rowsNamed(name)),
    hasName,
    // A name found is cut out only to rule out the filler rows.
    hasNameAt: (text, start, end) => {
      const table = tableOfNames();
      if (!table) return hasName(text.slice(start, end));
      return table.has(text, start, end) && !NOT_A_NAME.has(text.slice(start, end));
    },
    nameEndings: () => gazetteer.nameEndings,
    shortNamed: (name) => places(byShortName.get(name) ?? NO_ROWS),
    hasShortName: (name) => byShortName.has(name),
    shortNames: () => byShortName.keys(),
    place: (code) => {
      const i = lowerBound(code);
      return i < rows && codeAt(i) === code ? at(i) : undefined;
    },
    childrenOf: (code) => {
      const children: Place[] = [];
      for (let i = lowerBound(code); i < rows && codeAt(i).startsWith(code); i++) {
        const p = at(i);
        if (p?.parentCode === code) children.push(p);
      }
      return children;
    },
    count: (level) => (counts ??= codeLengthCounts(codes)).get(CODE_LENGTH[level]) ?? 0,
    rowsAtLevel: (level) => (levelRows ??= rowsByLevel())[level],
    atLevel: (level) => (byLevel[level] ??= places((levelRows ??= rowsByLevel())[level])),
    atRow: at,
    storedTables: stored,
  };
  cache.set(gazetteer, index);
  return index;
}

/*
 * The loops over every division are functions of their own: V8 compiles a long-running loop while it
 * runs, and the code after it, with no feedback yet, would otherwise deoptimize that compiled code.
 */

/** How many codes have each length. */
function codeLengthCounts(codes: Uint32Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    const length = String(codes[i]).length;
    counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  return counts;
}

/** The rows of provinces, cities and counties by their short names (会宁 for 会宁县): stored by the build as GazetteerTables.shortNameRows. */
export function rowsByShortName({ codes, names, nameStarts }: Gazetteer): Map<string, number[]> {
  const byShortName = new Map<string, number[]>();
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code >= FIRST_TOWN_CODE) continue;
    const name = names.slice(nameStarts[i], nameStarts[i + 1]);
    if (NOT_A_NAME.has(name)) continue;
    const short = shortNameOf(name, code < 100 ? 'province' : code < 10_000 ? 'city' : 'county');
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
  // Indexed: asked of every place mention, it runs cold, where for-of allocates per step (docs/architecture.md, "Cold code").
  for (let k = 0; k < ENCLOSING_CODE_LENGTHS.length; k++) {
    const length = ENCLOSING_CODE_LENGTHS[k]!;
    if (length < place.code.length && codes.has(place.code.slice(0, length))) return true;
  }
  return false;
}
