import { singleEdit } from '../entities/editDistance';
import { soundAlike } from '../entities/soundAlike';
import type { GazetteerIndex } from './gazetteerIndex';
import type { Place } from './place';

/** Generics of towns, townships and street offices (longest first). */
const TOWN_GENERICS = ['街道', '苏木', '镇', '乡'];

/**
 * A town of the county that a name not in it was probably meant to be:
 * - `renamed`: the same stem under another generic (叶坪乡 → 叶坪镇, 斜土镇 → 斜土街道), which
 *   townships upgraded since the draft was written explain as well as a slip;
 * - `misspelt`: the same generic and a stem one slip away — a character added or dropped after
 *   the first (杨集镇 → 杨崖集镇, 黄沙镇 → 黄沙街镇) or one character read alike (英吾斯坦乡 → 英吾斯塘乡).
 * A different first character or a different stem is another town (拉达乡 is not 拉果乡): no match.
 * Undefined too when two towns qualify: then the gazetteer cannot say which was meant.
 */
export function townMatch(index: GazetteerIndex, county: Place, name: string): { town: Place; kind: 'renamed' | 'misspelt' } | undefined {
  const written = split(name);
  if (!written || written.stem.length < 2) return undefined;
  const towns = index.childrenOf(county.code).flatMap((town) => {
    const official = split(town.name);
    return official ? [{ town, ...official }] : [];
  });
  // A street office named after a street or road is written with or without that word (常青街街道 as
  // 常青街道, 西湖路街道 as 西湖街道): the same office, written short, not a slip.
  if (written.generic === '街道' && towns.some((t) => t.generic === '街道' && streetWordDropped(written.stem, t.stem))) return undefined;
  const renamed = towns.filter((t) => t.stem === written.stem && t.generic !== written.generic);
  if (renamed.length === 1) return { town: renamed[0]!.town, kind: 'renamed' };
  const misspelt = towns.filter((t) => t.generic === written.generic && isSlip(written.stem, t.stem));
  return misspelt.length === 1 ? { town: misspelt[0]!.town, kind: 'misspelt' } : undefined;
}

function split(name: string): { stem: string; generic: string } | undefined {
  const generic = TOWN_GENERICS.find((g) => name.endsWith(g) && name.length > g.length);
  return generic ? { stem: name.slice(0, -generic.length), generic } : undefined;
}

function isSlip(written: string, official: string): boolean {
  const edit = singleEdit(written, official);
  if (!edit || edit.at === 0) return false;
  return edit.from === '' || edit.to === '' || soundAlike(edit.from, edit.to);
}

/** Whether one stem is the other with the street or road word (街, 路) it ends in left out. */
function streetWordDropped(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.startsWith(short) && '街路'.includes(long[long.length - 1]!);
}
