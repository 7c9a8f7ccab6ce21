import { slipAlike } from '../entities/slipAlike';
import type { GazetteerIndex } from './gazetteerIndex';
import type { Place } from './place';

/** Generics of cities and counties (县, 县级市, 市辖区, 旗): a misspelt one is read by them. */
export const COUNTY_GENERICS = new Set(['县', '市', '区', '旗']);

interface SlipTable {
  byMask: Map<string, Place[]>;
  /** The answer for each name asked about: a draft asks about the same few names hundreds of times. */
  byName: Map<string, readonly Place[]>;
  /** Length, first character and generic of every name: most positions of a draft are ruled out by these alone. */
  shapes: Set<number>;
}

const tables = new WeakMap<GazetteerIndex, SlipTable>();

function shapeKey(length: number, first: number, generic: number): number {
  return (length * 0x10000 + first) * 0x10000 + generic;
}

/** The name with its character at `k` masked: 徐闻县 → 徐?县. */
function masked(name: string, k: number): string {
  return `${name.slice(0, k)}\u0000${name.slice(k + 1)}`;
}

/** Every municipality, city and county name under each of its masks (never the first character or the generic), made once per index. */
function slipTable(index: GazetteerIndex): SlipTable {
  let table = tables.get(index);
  if (table) return table;
  table = { byMask: new Map(), byName: new Map(), shapes: new Set() };
  // Provinces too: the four municipalities end in 市 (北京市).
  for (const place of [...index.atLevel('province'), ...index.atLevel('city'), ...index.atLevel('county')]) {
    const { name } = place;
    if (name.length < 3 || !COUNTY_GENERICS.has(name[name.length - 1]!)) continue;
    table.shapes.add(shapeKey(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1)));
    for (let k = 1; k < name.length - 1; k++) {
      const key = masked(name, k);
      const list = table.byMask.get(key);
      if (list) list.push(place);
      else table.byMask.set(key, [place]);
    }
  }
  tables.set(index, table);
  return table;
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
  const { byMask, byName } = slipTable(index);
  let found = byName.get(name);
  if (found) return found;
  const slips: Place[] = [];
  for (let k = 1; k < name.length - 1; k++) {
    for (const place of byMask.get(masked(name, k)) ?? []) {
      if (slipAlike(name[k]!, place.name[k]!) && !slips.includes(place)) slips.push(place);
    }
  }
  byName.set(name, (found = slips));
  return found;
}
