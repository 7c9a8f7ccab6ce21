import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { NameLengths } from './nameLengths';

/** Provinces' usual short names and the country: region prefixes known even without the gazetteer. */
const BUILT_IN = new Set([
  '中国', '全国', '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽',
  '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏',
  '陕西', '甘肃', '青海', '宁夏', '新疆', '香港', '澳门', '台湾',
]);
const MAX_REGION_LENGTH = 12;
const BUILT_IN_LENGTHS = new NameLengths([BUILT_IN]);
const lengthsCache = new WeakMap<GazetteerIndex, NameLengths>();

/**
 * Lengths of every name a region or a place may be written as: built-in, full and short names, and
 * county short forms with 县 (白沙县). The region reader and the place extractor share it, each checking
 * the names it takes, so the gazetteer's 45,000 names are hashed once per run, not once for each.
 */
export function placeNameLengths(index: GazetteerIndex | undefined): NameLengths {
  if (!index) return BUILT_IN_LENGTHS;
  let lengths = lengthsCache.get(index);
  if (!lengths) {
    const stored = index.storedTables?.placeNameLengths;
    lengths = new NameLengths(stored ?? placeNameGroups(index), stored ? '' : index.nameEndings());
    lengthsCache.set(index, lengths);
  }
  return lengths;
}

/** The names placeNameLengths holds besides the gazetteer's own (Gazetteer.nameEndings): the build stores the table made of both. */
function placeNameGroups(index: GazetteerIndex): Iterable<string>[] {
  const shortNames = [...index.shortNames()];
  return [BUILT_IN, shortNames, shortNames.map((s) => `${s}县`)];
}

/**
 * Length of the longest region name (a division's full name, or a province's, city's or county's short one: 天津市, 天津, 北湾镇)
 * ending at `end` in `text`, or 0. Regions prefix organisation and zone names and are set aside when comparing them.
 */
export function regionEndingAt(text: string, end: number, index: GazetteerIndex | undefined): number {
  // Indexed: asked at every step of a name read back, it runs cold, where for-of allocates per step (docs/architecture.md, "Cold code").
  const lengths = placeNameLengths(index).endingAt(text, end);
  for (let k = 0; k < lengths.length; k++) {
    const len = lengths[k]!;
    if (len > MAX_REGION_LENGTH || len > end || len < 2) continue;
    const name = text.slice(end - len, end);
    if (BUILT_IN.has(name)) return len;
    if (!index) continue;
    if (index.hasShortName(name)) return len;
    if (index.hasName(name) && index.named(name).some((p) => p.level !== 'town' || len >= 3)) return len;
  }
  return 0;
}
