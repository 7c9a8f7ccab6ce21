import { maskedName } from '../entities/maskedName';
import { slipAlike } from '../entities/slipAlike';
import type { GazetteerIndex } from './gazetteerIndex';
import type { Place } from './place';
import { RowsByKey } from './rowsByKey';

/** Generics of cities and counties (县, 县级市, 市辖区, 旗): a misspelt one is read by them. */
export const COUNTY_GENERICS = new Set(['县', '市', '区', '旗']);

/** What the build stores of the table (GazetteerTables.slips): all but the answers, which each run keeps for itself. */
export interface StoredSlipTable {
  /** The rows of every name under each of its masks. */
  rowsByMask: RowsByKey;
  /** Length, first character and generic of every name: most positions of a draft are ruled out by these alone. */
  shapes: Set<number>;
}

interface SlipTable extends StoredSlipTable {
  /** The answer for each name asked about: a draft asks about the same few names hundreds of times. */
  byName: Map<string, readonly Place[]>;
}

const tables = new WeakMap<GazetteerIndex, SlipTable>();

function shapeKey(length: number, first: number, generic: number): number {
  return (length * 0x10000 + first) * 0x10000 + generic;
}

/** The table of an index: the one the build stored with it, or one made once per index. */
function slipTable(index: GazetteerIndex): SlipTable {
  let table = tables.get(index);
  if (table) return table;
  table = { ...(index.storedTables?.slips ?? storedSlipTable(index)), byName: new Map() };
  tables.set(index, table);
  return table;
}

/** Every municipality, city and county name under each of its masks (never the first character or the generic), by row. */
export function storedSlipTable(index: GazetteerIndex): StoredSlipTable {
  const rowsByMask = new Map<string, number[]>();
  const shapes = new Set<number>();
  // Provinces too: the four municipalities end in 市 (北京市).
  for (const row of [...index.rowsAtLevel('province'), ...index.rowsAtLevel('city'), ...index.rowsAtLevel('county')]) {
    const { name } = index.atRow(row)!;
    if (name.length < 3 || !COUNTY_GENERICS.has(name[name.length - 1]!)) continue;
    shapes.add(shapeKey(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1)));
    for (let k = 1; k < name.length - 1; k++) {
      const key = maskedName(name, k);
      const list = rowsByMask.get(key);
      if (list) list.push(row);
      else rowsByMask.set(key, [row]);
    }
  }
  return { rowsByMask: RowsByKey.ofMap(rowsByMask), shapes };
}

/**
 * Whether text[start, end) has the length, first character and generic of some city or county name:
 * the cheap question asked first at each position (the table is looked up once per caller).
 */
export function countySlipShapes(index: GazetteerIndex): (text: string, start: number, end: number) => boolean {
  // Made on the first question: a draft that names no 县, 市, 区 or 旗 never builds the table.
  let shapes: Set<number> | undefined;
  return (text, start, end) => (shapes ??= slipTable(index).shapes).has(shapeKey(end - start, text.charCodeAt(start), text.charCodeAt(end - 1)));
}

/**
 * The cities and counties a name no division has could be a slip of: same length and generic, one
 * character after the first read alike (徐吻县 → 徐闻县, 罗评县 → 罗平县) or looking alike (定酒市 →
 * 定西市). Empty for a real name, a name without a county generic, and a name no such slip explains
 * (贫困县, 大城市). As with towns, a different first character is another name.
 */
export function countySlips(index: GazetteerIndex, name: string): readonly Place[] {
  if (name.length < 3 || !COUNTY_GENERICS.has(name[name.length - 1]!) || index.hasName(name)) return [];
  const { rowsByMask, byName } = slipTable(index);
  let found = byName.get(name);
  if (found) return found;
  const slips: Place[] = [];
  for (let k = 1; k < name.length - 1; k++) {
    for (const row of rowsByMask.get(maskedName(name, k)) ?? []) {
      const place = index.atRow(row);
      if (place && slipAlike(name[k]!, place.name[k]!) && !slips.includes(place)) slips.push(place);
    }
  }
  byName.set(name, (found = slips));
  return found;
}
