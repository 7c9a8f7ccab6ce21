import { soundAlike } from '../entities/soundAlike';
import type { GazetteerIndex } from './gazetteerIndex';
import type { Place } from './place';

/** Generics of cities and counties (县, 县级市, 市辖区, 旗): a misspelt one is read by them. */
export const COUNTY_GENERICS = new Set(['县', '市', '区', '旗']);

const tables = new WeakMap<GazetteerIndex, Map<string, Place[]>>();

/** The name with its character at `k` masked: 徐闻县 → 徐?县. */
function masked(name: string, k: number): string {
  return `${name.slice(0, k)}\u0000${name.slice(k + 1)}`;
}

/** Every municipality, city and county name under each of its masks (never the first character or the generic), made once per index. */
function slipTable(index: GazetteerIndex): Map<string, Place[]> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  // Provinces too: the four municipalities end in 市 (北京市).
  for (const place of [...index.atLevel('province'), ...index.atLevel('city'), ...index.atLevel('county')]) {
    const { name } = place;
    if (name.length < 3 || !COUNTY_GENERICS.has(name[name.length - 1]!)) continue;
    for (let k = 1; k < name.length - 1; k++) {
      const key = masked(name, k);
      const list = table.get(key);
      if (list) list.push(place);
      else table.set(key, [place]);
    }
  }
  tables.set(index, table);
  return table;
}

/**
 * The cities and counties a name no division has could be a slip of: same length and generic, one
 * character after the first read alike (徐吻县 → 徐闻县, 罗评县 → 罗平县). Empty for a real name, a
 * name without a county generic, and a name no sound-alike slip explains (贫困县, 大城市). As with
 * towns, a different first character is another name.
 */
export function countySlips(index: GazetteerIndex, name: string): Place[] {
  if (name.length < 3 || !COUNTY_GENERICS.has(name[name.length - 1]!) || index.hasName(name)) return [];
  const table = slipTable(index);
  const found: Place[] = [];
  for (let k = 1; k < name.length - 1; k++) {
    for (const place of table.get(masked(name, k)) ?? []) {
      if (soundAlike(name[k]!, place.name[k]!) && !found.includes(place)) found.push(place);
    }
  }
  return found;
}
